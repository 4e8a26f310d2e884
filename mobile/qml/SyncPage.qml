// Sync: the state, what waits to be sent, what the server rejected (fix,
// resend or discard), conflicts to look at, "sync now", and the log.
import QtQuick
import Pantau
import QtQuick.Controls
import QtQuick.Layouts

Page {
    id: page
    required property AppCore core
    readonly property SyncService sync: core.sync

    header: AppHeader { title: qsTr("Sinkronisasi"); onBack: page.StackView.view.pop() }

    OutboxModel { id: outbox; core: page.core }
    ConflictModel { id: conflicts; core: page.core }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: Theme.gap

            Pane {
                Layout.fillWidth: true
                Layout.margins: Theme.margin
                background: Rectangle { color: Theme.surface; radius: Theme.radius }
                ColumnLayout {
                    anchors.fill: parent
                    Label {
                        objectName: "syncStatus"
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: page.sync.needsAttention ? Theme.danger : Theme.text
                        text: page.sync.statusText
                    }
                    Label {
                        Layout.fillWidth: true
                        color: Theme.textMuted
                        text: qsTr("Terakhir sinkron: %1").arg(page.sync.lastSyncLabel)
                    }
                    Label {
                        Layout.fillWidth: true
                        color: Theme.textMuted
                        text: page.sync.online ? qsTr("Daring (online)") : qsTr("Luring (offline)")
                    }
                    ProgressBar {
                        objectName: "syncProgress"
                        Layout.fillWidth: true
                        visible: page.sync.busy
                        indeterminate: true
                    }
                    Label {
                        visible: page.sync.pulling
                        text: qsTr("%1 data diterima").arg(page.sync.received)
                    }
                }
            }

            Button {
                objectName: "syncNowButton"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap + 8
                highlighted: true
                enabled: !page.sync.busy
                text: page.sync.busy ? qsTr("Sedang sinkron…") : qsTr("Sinkronkan sekarang")
                onClicked: page.sync.syncNow()
            }

            SectionLabel {
                text: qsTr("Menunggu dikirim (%1)").arg(outbox.waitingCount)
                        + (outbox.rejectedCount > 0 ? qsTr(" · ditolak (%1)").arg(outbox.rejectedCount) : "")
            }
            Label {
                Layout.leftMargin: Theme.margin
                visible: outbox.count === 0
                color: Theme.textMuted
                text: qsTr("Tidak ada perubahan yang menunggu.")
            }
            Repeater {
                model: outbox
                delegate: OutboxRow {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    onFix: page.core && page.StackView.view.push(Qt.resolvedUrl(fixPage + ".qml"),
                                                                  Object.assign({ core: page.core }, fixProperties))
                    onResend: outbox.resend(index)
                    onDiscard: outbox.discard(index)
                }
            }

            SectionLabel { text: qsTr("Konflik untuk diperiksa (%1)").arg(conflictList.count) }
            Repeater {
                id: conflictList
                model: conflicts
                delegate: ConflictRow {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    onAccept: conflicts.accept(index)
                    onKeepMine: conflicts.keepMine(index)
                }
            }

            SectionLabel { text: qsTr("Catatan sinkronisasi") }
            Repeater {
                model: page.sync.log
                delegate: Label {
                    required property string modelData
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    text: modelData
                }
            }
            Item { Layout.preferredHeight: Theme.margin }
        }
    }
}
