// One unsent change on the sync page; a rejected one shows the server's
// reason with the ways out: fix it, resend it, or discard it.
import QtQuick
import Pantau
import QtQuick.Controls
import QtQuick.Layouts

Frame {
    id: row
    required property int index
    required property string typeLabel
    required property string summary
    required property string when
    required property bool rejected
    required property string reason
    required property string fixPage
    required property var fixProperties
    signal fix()
    signal resend()
    signal discard()

    objectName: rejected ? "rejectedRow" : "waitingRow"
    background: Rectangle {
        color: row.rejected ? "#fdecee" : Theme.surface
        border.color: row.rejected ? Theme.danger : Theme.divider
        radius: Theme.radius
    }

    ColumnLayout {
        anchors.fill: parent
        Label { Layout.fillWidth: true; font.bold: true; text: row.typeLabel; wrapMode: Text.WordWrap }
        Label { Layout.fillWidth: true; text: row.summary; wrapMode: Text.WordWrap }
        Label { color: Theme.textMuted; font.pixelSize: Theme.fontSmall; text: row.when }
        Label {
            Layout.fillWidth: true
            visible: row.rejected
            color: Theme.danger
            wrapMode: Text.WordWrap
            text: qsTr("Ditolak server: %1").arg(row.reason)
        }
        RowLayout {
            visible: row.rejected
            Layout.fillWidth: true
            Button {
                objectName: "fixButton"
                visible: row.fixPage.length > 0
                Layout.preferredHeight: Theme.tap
                text: qsTr("Perbaiki")
                onClicked: row.fix()
            }
            Button {
                objectName: "resendButton"
                Layout.preferredHeight: Theme.tap
                text: qsTr("Kirim ulang")
                onClicked: row.resend()
            }
            Button {
                objectName: "discardButton"
                Layout.preferredHeight: Theme.tap
                text: qsTr("Buang")
                onClicked: confirm.open()
            }
        }
    }

    Dialog {
        id: confirm
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: parent ? parent.width - 2 * Theme.margin : 300
        modal: true
        title: qsTr("Buang perubahan ini?")
        Label {
            width: parent.width
            wrapMode: Text.WordWrap
            text: qsTr("Perubahan ini tidak akan pernah sampai ke server.")
        }
        footer: DialogButtonBox {
            Button {
                text: qsTr("Batal")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            Button {
                objectName: "confirmDiscardButton"
                text: qsTr("Buang")
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
        }
        onAccepted: row.discard()
    }
}
