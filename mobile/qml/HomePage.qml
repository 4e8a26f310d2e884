// Home: today's roll call in numbers, the sync state, the shortcuts of a
// supervisor's day, and what needs attention.
import QtQuick
import Pantau
import QtQuick.Controls
import QtQuick.Layouts

Page {
    id: page
    required property AppCore core

    header: AppHeader { title: home.unitName; canGoBack: false }

    HomeController {
        id: home
        core: page.core
        active: page.StackView.status === StackView.Active
    }

    // Back from another page: the app may have slept over midnight.
    StackView.onActivated: page.core.refreshToday()

    function open(name, properties) {
        page.StackView.view.push(Qt.resolvedUrl(name + ".qml"),
                                 Object.assign({ core: page.core }, properties))
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: Theme.gap

            Label {
                objectName: "todayLabel"
                Layout.fillWidth: true
                Layout.topMargin: Theme.gap
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontLarge
                font.bold: true
                text: home.todayLabel
            }

            GridLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                columns: 3
                rowSpacing: 8
                columnSpacing: 8

                Repeater {
                    model: [
                        { name: "countPresent", label: qsTr("Hadir"), value: home.present, tone: Theme.present },
                        { name: "countLate", label: qsTr("Terlambat"), value: home.late, tone: Theme.warning },
                        { name: "countAbsent", label: qsTr("Tidak hadir"), value: home.absent, tone: Theme.danger },
                        { name: "countOnLeave", label: qsTr("Cuti/izin"), value: home.onLeave, tone: Theme.primary },
                        { name: "countNotRecorded", label: qsTr("Belum dicatat"), value: home.notRecorded, tone: Theme.textMuted }
                    ]
                    delegate: Rectangle {
                        id: countTile
                        required property var modelData
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.preferredHeight: 84
                        radius: Theme.radius
                        color: Theme.surface
                        border.color: modelData.tone
                        border.width: 2
                        ColumnLayout {
                            id: tile
                            anchors.centerIn: parent
                            width: parent.width - 8
                            spacing: 0
                            Label {
                                objectName: countTile.modelData.name
                                Layout.alignment: Qt.AlignHCenter
                                text: countTile.modelData.value
                                color: countTile.modelData.tone
                                font.pixelSize: Theme.fontHuge
                                font.bold: true
                            }
                            Label {
                                Layout.fillWidth: true
                                horizontalAlignment: Text.AlignHCenter
                                wrapMode: Text.WordWrap
                                text: countTile.modelData.label
                                font.pixelSize: Theme.fontSmall
                            }
                        }
                    }
                }
            }

            ItemDelegate {
                objectName: "syncStrip"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.minimumHeight: Theme.tap
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: page.core.sync.needsAttention ? Theme.danger : Theme.divider
                }
                contentItem: RowLayout {
                    spacing: Theme.gap
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            objectName: "syncStatusText"
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            font.bold: true
                            color: page.core.sync.needsAttention ? Theme.danger : Theme.text
                            text: page.core.sync.statusText
                        }
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            text: qsTr("Terakhir sinkron: %1").arg(page.core.sync.lastSyncLabel)
                                  + " · " + (page.core.sync.online ? qsTr("Daring") : qsTr("Luring"))
                        }
                    }
                    // Changes not yet on the server, as a badge: the sentence
                    // above says more only while sync is idle.
                    Label {
                        objectName: "syncWaiting"
                        visible: page.core.sync.waiting > 0
                        Layout.minimumWidth: 32
                        horizontalAlignment: Text.AlignHCenter
                        padding: 6
                        color: Theme.primaryText
                        font.bold: true
                        text: page.core.sync.waiting
                        Accessible.name: qsTr("%1 perubahan menunggu dikirim").arg(page.core.sync.waiting)
                        background: Rectangle { radius: height / 2; color: Theme.warning }
                    }
                }
                onClicked: page.open("SyncPage", {})
            }

            Button {
                objectName: "rollCallButton"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap + 8
                highlighted: true
                font.pixelSize: Theme.fontLarge
                text: qsTr("Presensi")
                onClicked: page.open("RollCallPage", {})
            }
            Button {
                objectName: "casesButton"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap + 8
                font.pixelSize: Theme.fontLarge
                text: qsTr("Kasus disiplin")
                onClicked: page.open("CaseListPage", {})
            }
            Button {
                objectName: "evaluationsButton"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap + 8
                font.pixelSize: Theme.fontLarge
                text: qsTr("Penilaian kinerja")
                onClicked: page.open("EvaluationListPage", {})
            }
            Button {
                objectName: "trainingButton"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap + 8
                font.pixelSize: Theme.fontLarge
                text: qsTr("Pengembangan kompetensi")
                onClicked: page.open("TrainingPage", {})
            }
            Button {
                objectName: "surveyButton"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap + 8
                font.pixelSize: Theme.fontLarge
                text: qsTr("Survei SKM")
                onClicked: page.open("SurveyPage", {})
            }
            Button {
                objectName: "settingsButton"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap
                flat: true
                text: qsTr("Pengaturan")
                onClicked: page.open("SettingsPage", {})
            }

            SectionLabel { text: qsTr("Perlu perhatian") }
            Label {
                objectName: "noAlerts"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: alerts.count === 0
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                text: qsTr("Tidak ada yang perlu ditindaklanjuti.")
            }
            Repeater {
                id: alerts
                model: home.alerts
                delegate: ItemDelegate {
                    id: alert
                    required property string kind
                    required property string title
                    required property string detail
                    required property bool overdue
                    required property string targetPage
                    required property var targetProperties

                    objectName: "alertRow"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    Layout.minimumHeight: Theme.tap
                    background: Rectangle {
                        radius: Theme.radius
                        color: Theme.surface
                        border.color: alert.overdue || alert.kind === "pp94" ? Theme.danger : Theme.divider
                        border.width: alert.overdue ? 2 : 1
                    }
                    contentItem: ColumnLayout {
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            font.bold: true
                            color: alert.overdue ? Theme.danger : Theme.text
                            text: alert.title
                        }
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                            text: alert.detail
                        }
                    }
                    onClicked: page.open(alert.targetPage, alert.targetProperties)
                }
            }
            Item { Layout.preferredHeight: Theme.margin }
        }
    }
}
