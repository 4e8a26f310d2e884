// The window: a stack of pages, starting at enrolment on a new phone and at
// the home screen once enrolled.
import QtQuick
import Pantau
import QtQuick.Controls

ApplicationWindow {
    id: window
    required property AppCore core

    width: 360
    height: 640
    visible: true
    title: "Pantau"
    color: Theme.background
    font.pixelSize: Theme.fontNormal

    StackView {
        id: stack
        objectName: "stack"
        anchors.fill: parent
        initialItem: window.core.enrolled ? homePage : enrolmentPage
    }

    // Opens a page file of this module on top, with the core and `properties`.
    function openPage(name, properties) {
        return stack.push(Qt.resolvedUrl(name + ".qml"), Object.assign({ core: window.core }, properties))
    }

    Component {
        id: homePage
        HomePage { core: window.core }
    }
    Component {
        id: enrolmentPage
        EnrolmentPage { core: window.core }
    }

    Connections {
        target: window.core
        // Signed out: back to enrolment. Enrolment itself moves on to the
        // home page once the first pull has ended.
        function onSessionChanged() {
            if (!window.core.enrolled)
                stack.replace(null, enrolmentPage)
        }
    }
}
