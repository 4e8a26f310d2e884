// One SKM element on the citizen's form: the question and four big answer
// buttons, 1 (Tidak baik) to 4 (Sangat baik), named score_<element>_<value>.
import QtQuick
import Pantau
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: row
    required property int elementIndex
    required property string label
    required property int score
    signal scored(int value)

    readonly property var words: [qsTr("Tidak baik"), qsTr("Kurang baik"), qsTr("Baik"), qsTr("Sangat baik")]

    spacing: 6

    Label {
        Layout.fillWidth: true
        text: (row.elementIndex + 1) + ". " + row.label
        font.pixelSize: Theme.fontLarge
        font.bold: true
        wrapMode: Text.WordWrap
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 6
        Repeater {
            model: 4
            delegate: Button {
                id: answer
                required property int index
                readonly property int value: index + 1
                readonly property bool isSelected: row.score === value

                objectName: "score_" + row.elementIndex + "_" + value
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.preferredHeight: Theme.tap + 24
                highlighted: isSelected
                Accessible.name: row.words[index]
                contentItem: Column {
                    spacing: 2
                    Label {
                        width: parent.width
                        text: answer.value
                        horizontalAlignment: Text.AlignHCenter
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: answer.isSelected ? Theme.primaryText : Theme.text
                    }
                    Label {
                        width: parent.width
                        text: row.words[answer.index]
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.fontSmall
                        color: answer.isSelected ? Theme.primaryText : Theme.text
                    }
                }
                onClicked: row.scored(value)
            }
        }
    }
}
