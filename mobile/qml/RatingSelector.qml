// Three buttons for the three ratings of the performance evaluation, best
// first; the chosen one is highlighted. Each is named <namePrefix><CODE>.
import QtQuick
import Pantau
import QtQuick.Controls
import QtQuick.Layouts

RowLayout {
    id: selector
    property var ratings: []
    property string selected
    property string namePrefix
    property bool readOnly: false
    signal chosen(string code)

    spacing: 6

    Repeater {
        model: selector.ratings
        delegate: Button {
            id: button
            required property var modelData
            readonly property bool isSelected: selector.selected === modelData.code

            objectName: selector.namePrefix + modelData.code
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.preferredHeight: Theme.tap + 12
            enabled: !selector.readOnly || isSelected
            highlighted: isSelected
            Accessible.name: modelData.label
            contentItem: Label {
                text: button.modelData.label
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                font.pixelSize: Theme.fontSmall
                font.bold: button.isSelected
                color: button.isSelected ? Theme.primaryText : Theme.text
            }
            onClicked: selector.chosen(modelData.code)
        }
    }
}
