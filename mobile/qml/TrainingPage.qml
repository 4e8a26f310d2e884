// Recording a competency development activity of one employee: what it was,
// its kind, who held it, the dates, the JP and the competency it builds,
// with the employee's JP of the year against the minimum. Opened from the
// home page, or from a home alert with the employee preselected.
import QtQuick
import Pantau
import QtQuick.Controls
import QtQuick.Layouts

Page {
    id: page
    required property AppCore core
    property string employeeId

    header: AppHeader { title: qsTr("Pengembangan kompetensi"); onBack: page.StackView.view.pop() }

    TrainingController {
        id: controller
        core: page.core
        employeeId: staff.selectedId
        onRecorded: page.StackView.view.pop()
    }
    EmployeePickerModel {
        id: staff
        core: page.core
        selectedId: page.employeeId
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: Theme.gap / 2

            SectionLabel { text: qsTr("Pegawai") }
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: staff.selectedId.length > 0
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        objectName: "selectedEmployee"
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        font.bold: true
                        text: staff.selectedName.length > 0 ? staff.selectedName : staff.selectedId
                    }
                    Label {
                        objectName: "yearLabel"
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        text: controller.yearLabel
                    }
                }
                Button {
                    objectName: "changeEmployeeButton"
                    Layout.preferredHeight: Theme.tap
                    text: qsTr("Ganti")
                    onClicked: staff.selectedId = ""
                }
            }
            TextField {
                objectName: "employeeSearch"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap
                visible: staff.selectedId.length === 0
                placeholderText: qsTr("Cari nama atau NIP")
                inputMethodHints: Qt.ImhNoPredictiveText
                onTextEdited: staff.filter = text
            }
            Repeater {
                model: staff.selectedId.length === 0 ? staff : null
                delegate: ItemDelegate {
                    id: option
                    required property string employeeId
                    required property string name
                    required property string nip
                    objectName: "employeeOption"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    implicitHeight: Math.max(Theme.tap, lines.implicitHeight + Theme.gap)
                    onClicked: staff.selectedId = option.employeeId
                    contentItem: ColumnLayout {
                        id: lines
                        spacing: 0
                        Label { Layout.fillWidth: true; text: option.name; elide: Text.ElideRight }
                        Label {
                            Layout.fillWidth: true
                            text: option.nip
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            elide: Text.ElideRight
                        }
                    }
                }
            }

            SectionLabel { text: qsTr("Nama pelatihan") }
            TextField {
                id: titleField
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap
                objectName: "titleField"
                placeholderText: qsTr("mis. Pelatihan Tata Laksana Gizi Buruk")
            }

            SectionLabel { text: qsTr("Jenis kegiatan") }
            ComboBox {
                id: kindBox
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap
                textRole: "label"
                valueRole: "code"
                currentIndex: -1
                objectName: "kindBox"
                model: controller.kinds
                displayText: currentIndex < 0 ? qsTr("Pilih jenis") : currentText
                delegate: ItemDelegate {
                    required property var modelData
                    objectName: "kindOption_" + modelData.code
                    width: ListView.view.width
                    implicitHeight: Theme.tap
                    text: modelData.label
                }
            }

            SectionLabel { text: qsTr("Penyelenggara") }
            TextField {
                id: organiserField
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap
                objectName: "organiserField"
                placeholderText: qsTr("mis. BPSDM Provinsi")
            }

            SectionLabel { text: qsTr("Tanggal mulai dan selesai (TTTT-BB-HH)") }
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                TextField {
                    id: startField
                    objectName: "startField"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.tap
                    inputMethodHints: Qt.ImhDate
                    text: page.core.today
                }
                TextField {
                    id: endField
                    objectName: "endField"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.tap
                    inputMethodHints: Qt.ImhDate
                    text: page.core.today
                }
            }

            SectionLabel { text: qsTr("Jumlah JP (jam pelajaran)") }
            TextField {
                id: jpField
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap
                objectName: "jpField"
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                placeholderText: qsTr("mis. 24")
            }

            SectionLabel { text: qsTr("Kompetensi") }
            ComboBox {
                id: competencyBox
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap
                textRole: "label"
                valueRole: "code"
                currentIndex: -1
                objectName: "competencyBox"
                model: controller.competencies
                displayText: currentIndex < 0 ? qsTr("Pilih kompetensi") : currentText
                delegate: ItemDelegate {
                    required property var modelData
                    objectName: "competencyOption_" + modelData.code
                    width: ListView.view.width
                    implicitHeight: Theme.tap
                    text: modelData.label
                }
            }

            SectionLabel { text: qsTr("Nomor sertifikat (boleh kosong)") }
            TextField {
                id: certificateField
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap
                objectName: "certificateField"
            }
            Item { Layout.preferredHeight: Theme.margin }
        }
    }

    footer: Pane {
        padding: Theme.margin / 2
        contentItem: ColumnLayout {
            spacing: Theme.gap / 2
            Label {
                objectName: "trainingError"
                Layout.fillWidth: true
                visible: text.length > 0
                wrapMode: Text.WordWrap
                color: Theme.danger
                font.bold: true
                text: controller.errorText
            }
            Button {
                objectName: "saveTrainingButton"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.tap + 8
                highlighted: true
                enabled: !controller.busy
                text: qsTr("Simpan")
                onClicked: controller.record(titleField.text,
                                             kindBox.currentIndex < 0 ? "" : kindBox.currentValue,
                                             organiserField.text, startField.text, endField.text,
                                             jpField.text,
                                             competencyBox.currentIndex < 0 ? "" : competencyBox.currentValue,
                                             certificateField.text)
            }
        }
    }
}
