// The citizen satisfaction survey (SKM), handed to one citizen after another:
// nine questions answered 1-4 with big buttons, a few optional facts about
// the respondent, then a thank-you. Below, the unit's IKM for the period.
import QtQuick
import Pantau
import QtQuick.Controls
import QtQuick.Layouts

Page {
    id: page
    required property AppCore core

    header: AppHeader { title: qsTr("Survei kepuasan (SKM)"); onBack: page.StackView.view.pop() }

    SurveyController { id: survey; core: page.core }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: Theme.gap

            Label {
                Layout.fillWidth: true
                Layout.margins: Theme.margin
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontLarge
                text: qsTr("Bagaimana pelayanan kami hari ini? Pilih satu jawaban untuk setiap pertanyaan.")
            }
            Repeater {
                model: survey.elements
                delegate: ScoreRow {
                    required property int index
                    required property string modelData
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    elementIndex: index
                    label: modelData
                    score: survey.scores[index]
                    onScored: (value) => survey.setScore(index, value)
                }
            }

            SectionLabel { text: qsTr("Tentang Anda (boleh dikosongkan)") }
            TextField {
                objectName: "ageField"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap
                placeholderText: qsTr("Umur (tahun)")
                inputMethodHints: Qt.ImhDigitsOnly
                validator: IntValidator { bottom: 0; top: 999 }
                text: survey.age > 0 ? survey.age : ""
                onTextEdited: survey.age = text.length > 0 ? Number(text) : 0
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                spacing: 6
                Button {
                    objectName: "gender_L"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: Theme.tap
                    text: qsTr("Laki-laki")
                    highlighted: survey.gender === "L"
                    onClicked: survey.gender = highlighted ? "" : "L"
                }
                Button {
                    objectName: "gender_P"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: Theme.tap
                    text: qsTr("Perempuan")
                    highlighted: survey.gender === "P"
                    onClicked: survey.gender = highlighted ? "" : "P"
                }
            }
            ComboBox {
                objectName: "educationField"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap
                model: [qsTr("Pendidikan terakhir")].concat(survey.educationChoices)
                currentIndex: survey.educationChoices.indexOf(survey.education) + 1
                onActivated: (i) => survey.education = i > 0 ? survey.educationChoices[i - 1] : ""
            }
            ComboBox {
                objectName: "occupationField"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap
                model: [qsTr("Pekerjaan")].concat(survey.occupationChoices)
                currentIndex: survey.occupationChoices.indexOf(survey.occupation) + 1
                onActivated: (i) => survey.occupation = i > 0 ? survey.occupationChoices[i - 1] : ""
            }

            Label {
                objectName: "surveyError"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: text.length > 0
                wrapMode: Text.WordWrap
                color: Theme.danger
                font.bold: true
                text: survey.errorText
            }
            Button {
                objectName: "submitSurveyButton"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap + 16
                font.pixelSize: Theme.fontLarge
                highlighted: true
                enabled: survey.canSubmit
                text: qsTr("Kirim")
                onClicked: survey.submit()
            }

            SectionLabel { text: qsTr("Indeks Kepuasan Masyarakat (IKM)") }
            PeriodSwitch {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                periods: survey.periods
                selected: survey.period
                onChosen: (period) => survey.period = period
            }
            Pane {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                background: Rectangle { color: Theme.surface; radius: Theme.radius }
                RowLayout {
                    anchors.fill: parent
                    spacing: Theme.gap
                    Label {
                        objectName: "qualityLetter"
                        text: survey.qualityLetter
                        visible: text.length > 0
                        font.pixelSize: Theme.fontHuge * 2
                        font.bold: true
                        color: Theme.primary
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            objectName: "ikmValue"
                            text: survey.ikmValue
                            font.pixelSize: Theme.fontHuge
                            font.bold: true
                        }
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            text: survey.qualityLabel
                        }
                        Label {
                            objectName: "respondentCount"
                            Layout.fillWidth: true
                            color: Theme.textMuted
                            text: qsTr("%n responden", "", survey.respondents)
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: survey.incomplete
                            wrapMode: Text.WordWrap
                            font.pixelSize: Theme.fontSmall
                            color: Theme.warning
                            text: qsTr("Sementara: ada unsur yang belum dijawab siapa pun.")
                        }
                    }
                }
            }
            Item { Layout.preferredHeight: Theme.margin }
        }
    }

    // Covers the cleared form until the next citizen takes the phone.
    Rectangle {
        objectName: "thankYouPanel"
        anchors.fill: parent
        visible: survey.thanked
        color: Theme.background

        MouseArea { anchors.fill: parent }
        ColumnLayout {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            spacing: Theme.gap
            Label {
                objectName: "thankYouMessage"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontHuge
                font.bold: true
                color: Theme.present
                text: qsTr("Terima kasih!")
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontLarge
                text: qsTr("Jawaban Anda sudah kami simpan.")
            }
            Button {
                objectName: "nextRespondentButton"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.tap + 16
                font.pixelSize: Theme.fontLarge
                highlighted: true
                text: qsTr("Isi untuk responden berikutnya")
                onClicked: {
                    survey.nextRespondent()
                    scroll.ScrollBar.vertical.position = 0
                }
            }
        }
    }
}
