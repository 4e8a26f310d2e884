// Opening a discipline case: the employee, the article, the estimated level
// and what happened. Opened from an absence indication, the employee and the
// attendance article come preselected.
import QtQuick
import Pantau
import QtQuick.Controls
import QtQuick.Layouts

Page {
    id: page
    required property AppCore core
    property string employeeId
    property string source: "INCIDENT"
    // The article picked, kept when the list changes with the employee's rules.
    property string chosenArticle
    // Further articles the same conduct breaches; the decision takes the heaviest.
    property var otherArticles: []

    header: AppHeader { title: qsTr("Kasus baru"); onBack: page.StackView.view.pop() }

    CaseController {
        id: controller
        core: page.core
        onCaseOpened: (caseId) => page.StackView.view.replace(Qt.resolvedUrl("CasePage.qml"),
                                                              { core: page.core, caseId: caseId })
    }
    EmployeePickerModel {
        id: staff
        core: page.core
        selectedId: page.employeeId
    }
    CatalogueChoiceModel {
        id: articles
        core: page.core
        kind: CatalogueChoiceModel.Articles
        // PNS by PP 94/2021, PPPK by the instance's rules.
        ruleSet: staff.selectedRuleSet
    }
    CatalogueChoiceModel {
        id: levels
        core: page.core
        kind: CatalogueChoiceModel.Levels
    }

    Component.onCompleted: {
        page.chosenArticle = controller.suggestedArticle(page.source)
        articleBox.currentIndex = articleBox.indexOfValue(page.chosenArticle)
    }
    Connections {
        target: articles
        function onModelReset() {
            Qt.callLater(() => articleBox.currentIndex = articleBox.indexOfValue(page.chosenArticle))
        }
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
                Label {
                    objectName: "selectedEmployee"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.bold: true
                    text: staff.selectedName.length > 0 ? staff.selectedName : staff.selectedId
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
                    required property string jabatan
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
                            text: option.nip + " · " + option.jabatan
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            elide: Text.ElideRight
                        }
                    }
                }
            }

            SectionLabel { text: qsTr("Pasal yang diduga dilanggar") }
            Label {
                objectName: "ruleSetLabel"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: staff.selectedRuleSetLabel.length > 0
                wrapMode: Text.WordWrap
                opacity: 0.8
                text: qsTr("Aturan: %1").arg(staff.selectedRuleSetLabel)
            }
            ComboBox {
                id: articleBox
                objectName: "articleBox"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap
                model: articles
                textRole: "label"
                valueRole: "code"
                currentIndex: -1
                onActivated: page.chosenArticle = currentValue
                displayText: currentIndex < 0 ? qsTr("Pilih pasal") : currentText
                delegate: ItemDelegate {
                    id: articleOption
                    required property string code
                    required property string label
                    objectName: "articleOption_" + code
                    width: ListView.view.width
                    implicitHeight: Math.max(Theme.tap, implicitContentHeight + Theme.gap)
                    text: label
                    contentItem: Label { text: articleOption.label; wrapMode: Text.WordWrap }
                }
            }

            ComboBox {
                id: otherArticleBox
                objectName: "otherArticleBox"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap
                model: articles
                textRole: "label"
                valueRole: "code"
                currentIndex: -1
                displayText: qsTr("Tambah pasal lain (boleh kosong)")
                onActivated: {
                    if (currentValue !== page.chosenArticle && page.otherArticles.indexOf(currentValue) < 0)
                        page.otherArticles = page.otherArticles.concat([currentValue])
                    currentIndex = -1
                }
                delegate: ItemDelegate {
                    id: otherArticleOption
                    required property string code
                    required property string label
                    objectName: "otherArticleOption_" + code
                    width: ListView.view.width
                    implicitHeight: Math.max(Theme.tap, implicitContentHeight + Theme.gap)
                    text: label
                    contentItem: Label { text: otherArticleOption.label; wrapMode: Text.WordWrap }
                }
            }
            RowLayout {
                visible: page.otherArticles.length > 0
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Label {
                    objectName: "otherArticles"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: qsTr("Juga pasal: %1").arg(page.otherArticles.join(", "))
                }
                Button {
                    objectName: "clearOtherArticles"
                    Layout.preferredHeight: Theme.tap
                    text: qsTr("Hapus")
                    onClicked: page.otherArticles = []
                }
            }

            SectionLabel { text: qsTr("Perkiraan tingkat pelanggaran") }
            ComboBox {
                id: levelBox
                objectName: "levelBox"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap
                model: levels
                textRole: "label"
                valueRole: "code"
                currentIndex: -1
                displayText: currentIndex < 0 ? qsTr("Pilih tingkat") : currentText
                delegate: ItemDelegate {
                    required property string code
                    required property string label
                    objectName: "levelOption_" + code
                    width: ListView.view.width
                    implicitHeight: Theme.tap
                    text: label
                }
            }

            SectionLabel { text: qsTr("Uraian kejadian") }
            TextArea {
                id: summary
                objectName: "summaryField"
                background: Rectangle {
                    border.color: Theme.divider
                    radius: Theme.radius
                }
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.minimumHeight: 3 * Theme.tap
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("Apa yang terjadi, kapan, dan bukti yang ada")
            }
        }
    }

    footer: Pane {
        padding: Theme.margin / 2
        contentItem: ColumnLayout {
            spacing: Theme.gap / 2
            Label {
                objectName: "caseError"
                Layout.fillWidth: true
                visible: text.length > 0
                wrapMode: Text.WordWrap
                color: Theme.danger
                font.bold: true
                text: controller.errorText
            }
            Button {
                objectName: "saveCaseButton"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.tap + 8
                highlighted: true
                enabled: !controller.busy
                text: qsTr("Simpan")
                onClicked: controller.openCase(staff.selectedId,
                                               articleBox.currentIndex < 0 ? "" : articleBox.currentValue,
                                               levelBox.currentIndex < 0 ? "" : levelBox.currentValue,
                                               summary.text, page.source, page.otherArticles)
            }
        }
    }
}
