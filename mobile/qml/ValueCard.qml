// One BerAKHLAK value on the evaluation screen: its three behaviour guides,
// the rating, and the evidence the supervisor saw. Evidence belongs to a
// rating, so the field opens once a rating is chosen.
import QtQuick
import Pantau
import QtQuick.Controls
import QtQuick.Layouts

Frame {
    id: card
    required property int index
    required property string code
    required property string label
    required property string guides
    required property string rating
    required property string evidence
    required property EvaluationController controller

    background: Rectangle { color: Theme.surface; border.color: Theme.divider; radius: Theme.radius }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        Label {
            Layout.fillWidth: true
            text: card.label
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            text: card.guides
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        RatingSelector {
            Layout.fillWidth: true
            namePrefix: "value_" + card.code + "_"
            ratings: card.controller.ratings
            selected: card.rating
            readOnly: card.controller.readOnly
            onChosen: (code) => card.controller.setRating(card.index, code)
        }
        TextArea {
            objectName: "evidence_" + card.code
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.tap
            wrapMode: TextEdit.Wrap
            readOnly: card.controller.readOnly
            background: Rectangle {
                color: Theme.background
                border.color: Theme.divider
                radius: 4
            }
            enabled: card.rating !== ""
            placeholderText: card.rating === "" ? qsTr("Pilih penilaian dulu, lalu catat buktinya")
                                                : qsTr("Bukti: apa yang Anda lihat?")
            text: card.evidence
            onTextChanged: if (text !== card.evidence) card.controller.setEvidence(card.index, text)
        }
    }
}
