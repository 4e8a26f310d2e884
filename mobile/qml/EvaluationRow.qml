// One employee in the evaluation list: name, NIP, jabatan, and a chip with
// where the evaluation stands (not started, draft, final) and its predikat.
import QtQuick
import Pantau
import QtQuick.Controls
import QtQuick.Layouts

ItemDelegate {
    id: row
    required property string employeeId
    required property string name
    required property string nip
    required property string jabatan
    required property string stateCode
    required property string stateLabel
    required property string predikatLabel

    objectName: "evaluationRow"
    height: Math.max(Theme.tap, content.implicitHeight + 2 * Theme.gap)

    contentItem: RowLayout {
        id: content
        spacing: Theme.gap
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: row.name
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: row.nip
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: row.jabatan
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                elide: Text.ElideRight
            }
        }
        Rectangle {
            objectName: "stateChip"
            Layout.alignment: Qt.AlignVCenter
            implicitWidth: chipText.implicitWidth + 16
            implicitHeight: chipText.implicitHeight + 8
            radius: height / 2
            color: row.stateCode === "FINAL" ? Theme.present
                 : row.stateCode === "DRAFT" ? Theme.warning : Theme.surface
            Label {
                id: chipText
                anchors.centerIn: parent
                text: row.stateCode === "" ? row.stateLabel : row.stateLabel + " · " + row.predikatLabel
                font.pixelSize: Theme.fontSmall
                color: row.stateCode === "" ? Theme.text : Theme.primaryText
            }
        }
    }
}
