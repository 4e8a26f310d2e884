// A section heading inside a scrolling page.
import QtQuick
import Pantau
import QtQuick.Controls
import QtQuick.Layouts

Label {
    Layout.fillWidth: true
    Layout.topMargin: Theme.gap
    Layout.leftMargin: Theme.margin
    Layout.rightMargin: Theme.margin
    font.pixelSize: Theme.fontLarge
    font.bold: true
    wrapMode: Text.WordWrap
    color: Theme.primary
}
