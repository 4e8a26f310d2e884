// The unit's discipline cases, those that need action first (overdue, then
// by the next limit), filtered by stage; and the way to open a new case.
import QtQuick
import Pantau
import QtQuick.Controls
import QtQuick.Layouts

Page {
    id: page
    required property AppCore core

    header: AppHeader { title: qsTr("Kasus disiplin"); onBack: page.StackView.view.pop() }

    CaseListModel {
        id: cases
        core: page.core
        stateFilter: "open"
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            id: tabs
            Layout.fillWidth: true
            Repeater {
                model: [
                    { code: "open", name: "filterOpen", label: qsTr("Terbuka") },
                    { code: "decided", name: "filterDecided", label: qsTr("Diputus") },
                    { code: "closed", name: "filterClosed", label: qsTr("Selesai") },
                    { code: "", name: "filterAll", label: qsTr("Semua") }
                ]
                delegate: TabButton {
                    required property var modelData
                    objectName: modelData.name
                    implicitHeight: Theme.tap
                    text: modelData.label
                    onClicked: cases.stateFilter = modelData.code
                }
            }
        }

        ListView {
            id: list
            objectName: "caseList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: cases
            delegate: ItemDelegate {
                id: row
                required property string caseId
                required property string employeeName
                required property string articleLabel
                required property string stateLabel
                required property string dueLabel
                required property bool overdue
                required property string openedLabel

                objectName: "caseRow"
                width: ListView.view.width
                implicitHeight: Math.max(Theme.tap, content.implicitHeight + 2 * Theme.gap)
                onClicked: page.StackView.view.push(Qt.resolvedUrl("CasePage.qml"),
                                                    { core: page.core, caseId: row.caseId })

                Rectangle {
                    objectName: "overdueMarker"
                    visible: row.overdue
                    width: 6
                    height: parent.height
                    color: Theme.danger
                }
                ColumnLayout {
                    id: content
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.leftMargin: Theme.margin
                    anchors.rightMargin: Theme.margin
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: row.employeeName
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.articleLabel
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.stateLabel
                        color: Theme.primary
                    }
                    Label {
                        objectName: "caseDue"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        wrapMode: Text.WordWrap
                        text: row.dueLabel
                        color: row.overdue ? Theme.danger : Theme.textMuted
                        font.bold: row.overdue
                        font.pixelSize: Theme.fontSmall
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.openedLabel
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }
                }
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: 1
                    color: Theme.divider
                }
            }

            Label {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.margin
                visible: cases.loaded && cases.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                text: qsTr("Tidak ada kasus di sini.")
            }
        }

        Button {
            objectName: "newCaseButton"
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            Layout.preferredHeight: Theme.tap + 8
            highlighted: true
            text: qsTr("Buka kasus baru")
            onClicked: page.StackView.view.push(Qt.resolvedUrl("CaseOpenPage.qml"), { core: page.core })
        }
    }
}
