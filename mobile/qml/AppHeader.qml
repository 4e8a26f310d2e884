// The bar at the top of every page: a back button when there is somewhere
// to go back to, and the page's title.
import QtQuick
import Pantau
import QtQuick.Controls
import QtQuick.Layouts

ToolBar {
    id: header
    property string title
    property bool canGoBack: true
    signal back()

    height: Theme.tap + 8
    background: Rectangle { color: Theme.primary }

    RowLayout {
        anchors.fill: parent
        spacing: 4
        ToolButton {
            objectName: "backButton"
            visible: header.canGoBack
            Layout.preferredWidth: Theme.tap
            Layout.preferredHeight: Theme.tap
            text: "‹"
            font.pixelSize: Theme.fontHuge
            palette.buttonText: Theme.primaryText
            Accessible.name: qsTr("Kembali")
            onClicked: header.back()
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: header.canGoBack ? 0 : Theme.margin
            text: header.title
            color: Theme.primaryText
            font.pixelSize: Theme.fontLarge
            font.bold: true
            elide: Text.ElideRight
        }
    }
}
