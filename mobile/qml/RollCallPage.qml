// The daily roll call: one big "Hadir" per employee, "Lainnya" for any other
// status, and "the rest are present" at the end. A past day is corrected by
// going back to its date and recording again; each row keeps its history.
import QtQuick
import Pantau
import QtQuick.Controls
import QtQuick.Layouts

Page {
    id: page
    required property AppCore core
    property string date  // "YYYY-MM-DD"; empty for today

    header: AppHeader { title: qsTr("Presensi"); onBack: page.StackView.view.pop() }

    RollCallModel { id: rollCall; core: page.core; date: page.date }

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 4
            Layout.rightMargin: 4
            ToolButton {
                objectName: "previousDayButton"
                Layout.preferredWidth: Theme.tap
                Layout.preferredHeight: Theme.tap
                text: "‹"
                font.pixelSize: Theme.fontHuge
                Accessible.name: qsTr("Hari sebelumnya")
                onClicked: rollCall.previousDay()
            }
            ItemDelegate {
                objectName: "dateButton"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.tap
                Accessible.name: qsTr("Kembali ke hari ini")
                contentItem: ColumnLayout {
                    spacing: 0
                    Label {
                        objectName: "rollCallDate"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: Theme.fontSmall - 2
                        font.bold: true
                        text: rollCall.dateLabel
                    }
                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        visible: !rollCall.workingDay
                        color: Theme.warning
                        font.pixelSize: Theme.fontSmall
                        text: qsTr("Bukan hari kerja")
                    }
                }
                onClicked: rollCall.showToday()
            }
            ToolButton {
                objectName: "nextDayButton"
                Layout.preferredWidth: Theme.tap
                Layout.preferredHeight: Theme.tap
                enabled: rollCall.canGoForward
                text: "›"
                font.pixelSize: Theme.fontHuge
                Accessible.name: qsTr("Hari berikutnya")
                onClicked: rollCall.nextDay()
            }
        }

        RowLayout {
            objectName: "rollCallCounts"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            spacing: 4
            Repeater {
                model: [
                    { name: "rollCallPresent", label: qsTr("Hadir"), value: rollCall.present, tone: Theme.present },
                    { name: "rollCallLate", label: qsTr("Terlambat"), value: rollCall.late, tone: Theme.warning },
                    { name: "rollCallAbsent", label: qsTr("Tidak hadir"), value: rollCall.absent, tone: Theme.danger },
                    { name: "rollCallOnLeave", label: qsTr("Cuti/izin"), value: rollCall.onLeave, tone: Theme.primary },
                    { name: "rollCallNotRecorded", label: qsTr("Belum dicatat"), value: rollCall.notRecorded, tone: Theme.textMuted }
                ]
                delegate: ColumnLayout {
                    id: count
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    spacing: 0
                    Label {
                        objectName: count.modelData.name
                        Layout.alignment: Qt.AlignHCenter
                        text: count.modelData.value
                        color: count.modelData.tone
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                    }
                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                        maximumLineCount: 2
                        font.pixelSize: Theme.fontSmall - 2
                        text: count.modelData.label
                    }
                }
            }
        }

        // The month is closed: a banner that says why and whom to ask, and
        // the day stays readable.
        Pane {
            objectName: "rollCallClosed"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            visible: rollCall.closedText.length > 0
            background: Rectangle { color: Theme.warningBackground; radius: 8 }
            RowLayout {
                anchors.fill: parent
                spacing: Theme.margin
                Label {
                    text: "🔒"
                    font.pixelSize: Theme.fontHuge
                    Accessible.ignored: true
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontSmall
                    text: rollCall.closedText
                }
            }
        }

        Label {
            objectName: "rollCallError"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            visible: text.length > 0 && !sheet.opened
            wrapMode: Text.WordWrap
            color: Theme.danger
            font.bold: true
            text: rollCall.errorText
            TapHandler { onTapped: rollCall.clearError() }
        }

        TextField {
            objectName: "searchField"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Layout.preferredHeight: Theme.tap
            placeholderText: qsTr("Cari nama atau NIP")
            inputMethodHints: Qt.ImhNoPredictiveText
            text: rollCall.filter
            onTextEdited: rollCall.filter = text
        }

        ListView {
            id: list
            objectName: "rollCallList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: rollCall
            delegate: Item {
                id: row
                required property int index
                required property string employeeId
                required property string trainingId
                required property string name
                required property string nip
                required property string jabatan
                required property string statusLabel
                required property int minutes
                required property int earlyMinutes
                required property string leaveKind
                required property string leaveKindLabel
                required property string note
                required property string status
                required property string category
                required property bool recorded
                required property bool due
                required property string shiftLabel

                objectName: "rollCallRow"
                width: ListView.view.width
                implicitHeight: content.implicitHeight + 2 * Theme.gap

                ColumnLayout {
                    id: content
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.leftMargin: Theme.margin
                    anchors.rightMargin: Theme.margin
                    spacing: 4

                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            objectName: "rowName"
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            font.bold: true
                            text: row.name
                        }
                        Label {
                            objectName: "statusChip"
                            leftPadding: 8
                            rightPadding: 8
                            topPadding: 2
                            bottomPadding: 2
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                            color: row.recorded ? Theme.primaryText : Theme.text
                            text: !row.recorded ? qsTr("Belum dicatat")
                                  : row.minutes > 0 && row.earlyMinutes > 0
                                    ? qsTr("%1 %2 mnt, pulang cepat %3 mnt").arg(row.statusLabel)
                                          .arg(row.minutes).arg(row.earlyMinutes)
                                  : row.minutes > 0 ? qsTr("%1 %2 mnt").arg(row.statusLabel).arg(row.minutes)
                                  : row.statusLabel
                            background: Rectangle {
                                radius: height / 2
                                color: row.category === "present" ? Theme.present
                                       : row.category === "late" ? Theme.warning
                                       : row.category === "absent" ? Theme.danger
                                       : row.category === "leave" ? Theme.primary : Theme.surface
                                border.color: Theme.divider
                            }
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        text: row.nip + " · " + row.jabatan
                    }
                    Label {
                        objectName: "rowShift"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        color: row.due ? Theme.primary : Theme.warning
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        text: row.shiftLabel.length > 0
                              ? qsTr("Jadwal: %1").arg(row.shiftLabel)
                              : !row.due ? qsTr("Bukan hari kerjanya") : ""
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        wrapMode: Text.WordWrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        text: [row.leaveKindLabel, row.note].filter(s => s.length > 0).join(" · ")
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 8
                        Button {
                            objectName: "presentButton"
                            Layout.fillWidth: true
                            Layout.preferredHeight: Theme.tap
                            highlighted: !row.recorded
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            text: qsTr("Hadir")
                            onClicked: rollCall.markPresent(row.index)
                        }
                        Button {
                            objectName: "otherButton"
                            Layout.preferredWidth: 96
                            Layout.preferredHeight: Theme.tap
                            text: qsTr("Lainnya")
                            onClicked: sheet.openFor(row.index, row.name, row.status, row.minutes,
                                                     row.leaveKind, row.note, row.employeeId,
                                                     row.trainingId, row.earlyMinutes)
                        }
                        Button {
                            objectName: "historyButton"
                            Layout.preferredWidth: 88
                            Layout.preferredHeight: Theme.tap
                            flat: true
                            enabled: row.recorded
                            text: qsTr("Riwayat")
                            onClicked: page.StackView.view.push(
                                           Qt.resolvedUrl("AttendanceHistoryPage.qml"),
                                           { core: page.core, employeeId: row.employeeId,
                                             employeeName: row.name, date: rollCall.date,
                                             dateLabel: rollCall.dateLabel })
                        }
                    }
                }
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: 1
                    color: Theme.divider
                }
            }
        }

        Button {
            objectName: "markRestButton"
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            Layout.topMargin: 4
            Layout.preferredHeight: Theme.tap + 8
            enabled: rollCall.notRecorded > 0 && rollCall.closedText.length === 0
            text: qsTr("Tandai sisanya hadir (%1)").arg(rollCall.notRecorded)
            onClicked: confirmRest.open()
        }
    }

    StatusSheet { id: sheet; core: page.core; rollCall: rollCall }

    Dialog {
        id: confirmRest
        objectName: "markRestDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: parent ? parent.width - 2 * Theme.margin : 300
        modal: true
        title: qsTr("Tandai sisanya hadir?")
        Label {
            width: parent.width
            wrapMode: Text.WordWrap
            text: qsTr("%1 pegawai yang belum dicatat pada %2 akan ditandai Hadir.")
                    .arg(rollCall.notRecorded).arg(rollCall.dateLabel)
        }
        footer: DialogButtonBox {
            Button {
                text: qsTr("Batal")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            Button {
                objectName: "confirmMarkRestButton"
                text: qsTr("Tandai hadir")
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
        }
        onAccepted: rollCall.markRestPresent()
    }
}
