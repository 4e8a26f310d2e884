// Every version of one employee's attendance on one day, newest first: what
// was recorded, when, and on which phone.
import QtQuick
import Pantau
import QtQuick.Controls
import QtQuick.Layouts

Page {
    id: page
    required property AppCore core
    required property string employeeId
    required property string date
    property string employeeName
    property string dateLabel

    header: AppHeader { title: qsTr("Riwayat presensi"); onBack: page.StackView.view.pop() }

    AttendanceHistoryModel { id: versions; core: page.core; employeeId: page.employeeId; date: page.date }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap

        Label {
            Layout.fillWidth: true
            Layout.topMargin: Theme.gap
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontLarge
            font.bold: true
            text: page.employeeName
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            color: Theme.textMuted
            text: page.dateLabel
        }
        ListView {
            objectName: "historyList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: versions
            delegate: Item {
                id: version
                required property string statusLabel
                required property string detail
                required property string when
                required property string byLabel
                required property bool current

                objectName: "historyRow"
                width: ListView.view.width
                implicitHeight: lines.implicitHeight + 2 * Theme.gap

                ColumnLayout {
                    id: lines
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.leftMargin: Theme.margin
                    anchors.rightMargin: Theme.margin
                    spacing: 2
                    Label {
                        objectName: "historyStatus"
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        font.bold: true
                        text: version.current ? qsTr("%1 (berlaku)").arg(version.statusLabel)
                                              : version.statusLabel
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        wrapMode: Text.WordWrap
                        text: version.detail
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        text: version.when + " · " + version.byLabel
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
    }
}
