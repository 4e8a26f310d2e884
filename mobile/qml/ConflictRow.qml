// One conflict: the local edit that lost beside the version now held.
import QtQuick
import Pantau
import QtQuick.Controls
import QtQuick.Layouts

Frame {
    id: row
    required property int index
    required property string typeLabel
    required property string mine
    required property string theirs
    required property string when
    signal accept()
    signal keepMine()

    objectName: "conflictRow"
    background: Rectangle { color: "#fff4e0"; border.color: Theme.warning; radius: Theme.radius }

    ColumnLayout {
        anchors.fill: parent
        Label { Layout.fillWidth: true; font.bold: true; text: row.typeLabel; wrapMode: Text.WordWrap }
        Label { Layout.fillWidth: true; wrapMode: Text.WordWrap; text: qsTr("Isian Anda: %1").arg(row.mine) }
        Label { Layout.fillWidth: true; wrapMode: Text.WordWrap; text: qsTr("Yang berlaku: %1").arg(row.theirs) }
        Label { color: Theme.textMuted; font.pixelSize: Theme.fontSmall; text: row.when }
        RowLayout {
            Button {
                objectName: "acceptConflictButton"
                Layout.preferredHeight: Theme.tap
                text: qsTr("Terima")
                onClicked: row.accept()
            }
            Button {
                objectName: "keepMineButton"
                Layout.preferredHeight: Theme.tap
                text: qsTr("Pakai isian saya")
                onClicked: row.keepMine()
            }
        }
    }
}
