#include "driverhelp.h"

#include <QCoreApplication>

namespace DriverHelp {

QString missingDriverHtml(const ConnectionProfile &profile)
{
    QString html = QCoreApplication::translate("DriverHelp", "<p>Tessera cannot connect to <b>%1</b>: the Qt %2 driver (%3) is not installed.</p>")
                       .arg(profile.name.toHtmlEscaped(), Dialects::displayName(profile.dialect),
                            Dialects::qtDriverName(profile.dialect));
    if (profile.dialect != Dialect::Oracle)
        return html + QCoreApplication::translate("DriverHelp", "<p>Install the Qt 6 SQL driver package for it (on Debian: libqt6sql6-psql "
                         "or libqt6sql6-sqlite) and restart Tessera.</p>");
    return html + QCoreApplication::translate("DriverHelp", "<p>Debian does not ship the Oracle driver, because it needs Oracle's own client "
                     "libraries. To add it:</p><ol>"
                     "<li>Install <b>Oracle Instant Client</b> (the Basic and SDK packages) from "
                     "oracle.com, and make its libraries findable (ldconfig or LD_LIBRARY_PATH).</li>"
                     "<li>Build the <b>QOCI</b> plugin from the sources of your Qt version (%1): run "
                     "<tt>qt-cmake</tt> on <tt>qtbase/src/plugins/sqldrivers</tt> with "
                     "<tt>-DOracle_INCLUDE_DIR=&lt;instantclient&gt;/sdk/include</tt> and "
                     "<tt>-DOracle_LIBRARY=&lt;instantclient&gt;/libclntsh.so</tt>, then build it.</li>"
                     "<li>Copy <tt>libqsqloci.so</tt> into Qt's <tt>plugins/sqldrivers</tt> folder "
                     "(or a folder listed in QT_PLUGIN_PATH) and restart Tessera.</li></ol>")
                      .arg(QString::fromLatin1(qVersion()));
}

} // namespace DriverHelp
