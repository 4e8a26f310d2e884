// The app's QML module is a static plugin: each test program imports it.
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(PantauPlugin)
