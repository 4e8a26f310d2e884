// Sizes and colours of every screen: large targets for one thumb, and high
// contrast for a phone read in the sun.
pragma Singleton
import QtQuick
import Pantau

QtObject {
    readonly property int tap: 48            // minimum touch target, dp
    readonly property int gap: 12
    readonly property int margin: 16
    readonly property int radius: 8
    readonly property int fontSmall: 14
    readonly property int fontNormal: 16
    readonly property int fontLarge: 20
    readonly property int fontHuge: 28

    readonly property color background: "#ffffff"
    readonly property color surface: "#f1f4f8"
    readonly property color text: "#111111"
    readonly property color textMuted: "#4a4f57"
    readonly property color primary: "#0b4f9c"
    readonly property color primaryText: "#ffffff"
    readonly property color present: "#1b6e20"
    readonly property color warning: "#8a4b00"
    readonly property color warningBackground: "#fff3e0"
    readonly property color danger: "#b00020"
    readonly property color divider: "#c7ccd3"
}
