// Placeholder until the home screen lands.
import QtQuick
import Pantau
import QtQuick.Controls

Page {
    id: page
    required property AppCore core
    header: AppHeader { title: page.core.unitName; canGoBack: false }
}
