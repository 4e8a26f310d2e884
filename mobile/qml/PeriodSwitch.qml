// A row of period buttons (a quarter, the year); the chosen one is
// highlighted. Each is named period_<period>.
import QtQuick
import Pantau
import QtQuick.Controls
import QtQuick.Layouts

RowLayout {
    id: periodSwitch
    property var periods: []
    property string selected
    signal chosen(string period)

    spacing: 6

    Repeater {
        model: periodSwitch.periods
        delegate: Button {
            required property var modelData
            objectName: "period_" + modelData.period
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.preferredHeight: Theme.tap
            text: modelData.label
            highlighted: periodSwitch.selected === modelData.period
            onClicked: periodSwitch.chosen(modelData.period)
        }
    }
}
