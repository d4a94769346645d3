<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BindValuesDialog</name>
    <message>
        <location filename="../widgets/query/bindvaluesdialog.cpp" line="+16"/>
        <source>Bind Variables</source>
        <translation>Bindevariablen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The statement has a placeholder. Its value:</source>
        <translation>Die Anweisung hat einen Platzhalter. Sein Wert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statement has placeholders. Their values:</source>
        <translation>Die Anweisung hat Platzhalter. Ihre Werte:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send SQL NULL instead of a text value</source>
        <translation>SQL-NULL statt eines Textwerts senden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <location filename="../app/core/metadata/catalogloader.cpp" line="+101"/>
        <source>the metadata connection is logged in as %1, not as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+104"/>
        <source>the catalog query was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogTreeModel</name>
    <message>
        <location filename="../app/core/metadata/catalogtreemodel.cpp" line="+46"/>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitioned tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreign tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Materialized views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keys and constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+307"/>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <location filename="../widgets/query/closeguard.cpp" line="+52"/>
        <source>Open Transaction</source>
        <translation>Offene Transaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transaction open in this tab since %1 has failed. It can only be rolled back.</source>
        <translation>Die seit %1 in diesem Tab offene Transaktion ist fehlgeschlagen. Sie kann nur zurückgerollt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This tab has a transaction open since %1. Commit it or roll it back before closing the tab?</source>
        <translation>In diesem Tab ist seit %1 eine Transaktion offen. Vor dem Schließen des Tabs festschreiben (Commit) oder zurückrollen (Rollback)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel keeps the tab and its transaction open.</source>
        <translation>„Abbrechen“ lässt den Tab und seine Transaktion offen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The transaction had failed, so the server rolled it back instead of committing it. The tab stays open.</source>
        <translation>Die Transaktion war fehlgeschlagen, daher hat der Server sie zurückgerollt statt sie festzuschreiben. Der Tab bleibt offen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>COMMIT failed; the tab stays open.</source>
        <translation>COMMIT ist fehlgeschlagen; der Tab bleibt offen.</translation>
    </message>
</context>
<context>
    <name>ColorTagPicker</name>
    <message>
        <location filename="../widgets/common/colortagpicker.cpp" line="+27"/>
        <source>No colour</source>
        <translation>Keine Farbe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Red (production)</source>
        <translation>Rot (Produktion)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purple</source>
        <translation>Violett</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Custom…</source>
        <translation>Eigene…</translation>
    </message>
</context>
<context>
    <name>ConnectionEventLog</name>
    <message>
        <location filename="../app/core/connection/connectioneventlog.cpp" line="+7"/>
        <source>connected</source>
        <translation type="unfinished">verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>login failed: %1</source>
        <translation type="unfinished">Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection lost: %1</source>
        <translation type="unfinished">Verbindung verloren: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reconnected; the open transaction was lost</source>
        <translation type="unfinished">neu verbunden; die offene Transaktion ist verloren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reconnected</source>
        <translation type="unfinished">neu verbunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancelled after %1 s</source>
        <translation type="unfinished">abgebrochen nach %1 s</translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message numerus="yes">
        <location filename="../app/core/connection/connectionmanager.cpp" line="+50"/>
        <source>Tessera already holds %n connection(s), the most it allows at once. Close a tab to free one.</source>
        <translation>
            <numerusform>Tessera hält bereits %n Verbindung, mehr sind gleichzeitig nicht erlaubt. Schließen Sie einen Tab, um eine freizugeben.</numerusform>
            <numerusform>Tessera hält bereits %n Verbindungen, mehr sind gleichzeitig nicht erlaubt. Schließen Sie einen Tab, um eine freizugeben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile &quot;%1&quot; already has %2 connections, the most allowed for one profile. Close one of its tabs first.</source>
        <translation>Das Profil „%1“ hat bereits %2 Verbindungen, mehr sind für ein Profil nicht erlaubt. Schließen Sie zuerst einen seiner Tabs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
</context>
<context>
    <name>ConnectionMonitor</name>
    <message>
        <location filename="../widgets/monitor/connectionmonitor.cpp" line="+60"/>
        <source>%1 of at most %2 connections open (at most %3 per profile)</source>
        <translation>%1 von höchstens %2 Verbindungen offen (höchstens %3 pro Profil)</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <location filename="../app/core/profiles/connectionprofile.cpp" line="+103"/>
        <source>A connection profile has no name.</source>
        <translation>Ein Verbindungsprofil hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection profile “%1” names no database driver.</source>
        <translation>Das Verbindungsprofil „%1“ nennt keinen Datenbanktreiber.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection profile “%1” uses an unknown database driver “%2” (known: postgresql, oracle, sqlite).</source>
        <translation>Das Verbindungsprofil „%1“ verwendet einen unbekannten Datenbanktreiber „%2“ (bekannt: postgresql, oracle, sqlite).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The connection profile “%1” has an invalid port.</source>
        <translation>Das Verbindungsprofil „%1“ hat einen ungültigen Port.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The connection profile “%1” has an unknown authentication mode “%2” (known: login, proxy, external).</source>
        <translation>Das Verbindungsprofil „%1“ hat eine unbekannte Anmeldeart „%2“ (bekannt: login, proxy, external).</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <location filename="../app/core/profiles/demodatabase.cpp" line="+69"/>
        <source>statement %1 of the script failed (%2): %3</source>
        <translation>Anweisung %1 des Skripts ist fehlgeschlagen (%2): %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The demo database “%1” could not be created: %2</source>
        <translation>Die Demo-Datenbank „%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the folder “%1” could not be created</source>
        <translation>der Ordner „%1“ konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the script %1 is missing from this build</source>
        <translation>das Skript %1 fehlt in diesem Build</translation>
    </message>
</context>
<context>
    <name>DisconnectOffer</name>
    <message>
        <location filename="../widgets/query/disconnectoffer.cpp" line="+13"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close this tab&apos;s connection now; the next run reconnects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The server has not answered the cancel for %1 s: the connection may be stalled. Disconnect to end it; the next run reconnects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Disconnected: the server had not answered the cancel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriverHelp</name>
    <message>
        <location filename="../app/driverhelp.cpp" line="+9"/>
        <source>&lt;p&gt;Tessera cannot connect to &lt;b&gt;%1&lt;/b&gt;: the Qt %2 driver (%3) is not installed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tessera kann sich nicht mit &lt;b&gt;%1&lt;/b&gt; verbinden: Der Qt-Treiber %2 (%3) ist nicht installiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Install the Qt 6 SQL driver package for it (on Debian: libqt6sql6-psql or libqt6sql6-sqlite) and restart Tessera.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Installieren Sie das passende Qt-6-SQL-Treiberpaket (unter Debian: libqt6sql6-psql oder libqt6sql6-sqlite) und starten Sie Tessera neu.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Debian does not ship the Oracle driver, because it needs Oracle&apos;s own client libraries. To add it:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Install &lt;b&gt;Oracle Instant Client&lt;/b&gt; (the Basic and SDK packages) from oracle.com, and make its libraries findable (ldconfig or LD_LIBRARY_PATH).&lt;/li&gt;&lt;li&gt;Build the &lt;b&gt;QOCI&lt;/b&gt; plugin from the sources of your Qt version (%1): run &lt;tt&gt;qt-cmake&lt;/tt&gt; on &lt;tt&gt;qtbase/src/plugins/sqldrivers&lt;/tt&gt; with &lt;tt&gt;-DOracle_INCLUDE_DIR=&amp;lt;instantclient&amp;gt;/sdk/include&lt;/tt&gt; and &lt;tt&gt;-DOracle_LIBRARY=&amp;lt;instantclient&amp;gt;/libclntsh.so&lt;/tt&gt;, then build it.&lt;/li&gt;&lt;li&gt;Copy &lt;tt&gt;libqsqloci.so&lt;/tt&gt; into Qt&apos;s &lt;tt&gt;plugins/sqldrivers&lt;/tt&gt; folder (or a folder listed in QT_PLUGIN_PATH) and restart Tessera.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;Debian liefert den Oracle-Treiber nicht mit, weil er Oracles eigene Client-Bibliotheken braucht. So fügen Sie ihn hinzu:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Installieren Sie &lt;b&gt;Oracle Instant Client&lt;/b&gt; (die Pakete Basic und SDK) von oracle.com und machen Sie seine Bibliotheken auffindbar (ldconfig oder LD_LIBRARY_PATH).&lt;/li&gt;&lt;li&gt;Bauen Sie das Plugin &lt;b&gt;QOCI&lt;/b&gt; aus den Quellen Ihrer Qt-Version (%1): Führen Sie &lt;tt&gt;qt-cmake&lt;/tt&gt; auf &lt;tt&gt;qtbase/src/plugins/sqldrivers&lt;/tt&gt; mit &lt;tt&gt;-DOracle_INCLUDE_DIR=&amp;lt;instantclient&amp;gt;/sdk/include&lt;/tt&gt; und &lt;tt&gt;-DOracle_LIBRARY=&amp;lt;instantclient&amp;gt;/libclntsh.so&lt;/tt&gt; aus und bauen Sie es.&lt;/li&gt;&lt;li&gt;Kopieren Sie &lt;tt&gt;libqsqloci.so&lt;/tt&gt; in Qts Ordner &lt;tt&gt;plugins/sqldrivers&lt;/tt&gt; (oder einen in QT_PLUGIN_PATH genannten Ordner) und starten Sie Tessera neu.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>EditorCompletion</name>
    <message>
        <location filename="../widgets/query/editorcompletion.cpp" line="+108"/>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorStash</name>
    <message>
        <location filename="../app/core/workspace/editorstash.cpp" line="+129"/>
        <source>its lock file could not be created: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its lock file could not be written: the disk may be full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Tessera could not keep a copy of your editor text in “%1” (%2); the text is still in the editor, and Tessera keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FetchPausedBar</name>
    <message>
        <location filename="../widgets/results/fetchpausedbar.cpp" line="+17"/>
        <source>Fetch More</source>
        <translation>Weitere abrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch the next part of the result, up to the memory cap again</source>
        <translation>Den nächsten Teil des Ergebnisses abrufen, wieder bis zur Speichergrenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch All</source>
        <translation>Alle abrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch every remaining row, without a cap</source>
        <translation>Alle übrigen Zeilen abrufen, ohne Grenze</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 fetched — the rest is still on the server.</source>
        <translation>%1 abgerufen — der Rest liegt noch auf dem Server.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../widgets/login/logindialog.cpp" line="+33"/>
        <source>Log In — %1</source>
        <translation>Anmelden — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · %2 · database %3</source>
        <translation>%1 · %2 · Datenbank %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Proxy &amp;user:</source>
        <translation>Proxy-&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave the password empty to let libpq use ~/.pgpass or the service file.</source>
        <translation>Lassen Sie das Passwort leer, damit libpq ~/.pgpass oder die Service-Datei verwendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the proxy&apos;s own user name</source>
        <translation>der eigene Benutzername des Proxys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tessera logs in as the proxy user, then runs SET ROLE %1.</source>
        <translation>Tessera meldet sich als Proxy-Benutzer an und führt dann SET ROLE %1 aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oracle proxy authentication: the proxy&apos;s password, never the target&apos;s.</source>
        <translation>Oracle-Proxy-Anmeldung: das Passwort des Proxys, nie das des Zielbenutzers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses .pgpass / service file / peer authentication: no password is asked here.</source>
        <translation>Verwendet .pgpass / Service-Datei / Peer-Authentifizierung: Hier wird kein Passwort abgefragt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses external credentials (operating system or wallet): no password is asked here.</source>
        <translation>Verwendet externe Zugangsdaten (Betriebssystem oder Wallet): Hier wird kein Passwort abgefragt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remember password in the system keychain</source>
        <translation>Passwort im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved in your system keychain when you log in. The first time, the keychain may ask you to choose a password for a new keyring: it protects every password kept there, and is not sent to any database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Password from the keychain.</source>
        <translation>Passwort aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No keychain available — Tessera will ask each time; nothing was written to disk.</source>
        <translation>Kein Schlüsselbund verfügbar — Tessera fragt jedes Mal; nichts wurde auf die Platte geschrieben.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Log in as proxy user %1 to act as %2</source>
        <translation>Als Proxy-Benutzer %1 anmelden, um als %2 zu handeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Please enter a user name.</source>
        <translation>Bitte geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No new connection can be opened right now.</source>
        <translation>Im Moment kann keine neue Verbindung geöffnet werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the default user</source>
        <translation>der Standardbenutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to %1 as %2…</source>
        <translation>Verbinde mit %1 als %2…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The connection failed without a message from the server.</source>
        <translation>Die Verbindung ist ohne Meldung des Servers fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password from the keychain was refused; please type it.</source>
        <translation>Das Passwort aus dem Schlüsselbund wurde abgelehnt; bitte geben Sie es ein.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connection attempt cancelled.</source>
        <translation>Verbindungsversuch abgebrochen.</translation>
    </message>
</context>
<context>
    <name>LoginFlow</name>
    <message>
        <location filename="../app/loginflow.cpp" line="+24"/>
        <source>No keychain available — Tessera will ask each time; nothing was written to disk. (%1)</source>
        <translation>Kein Schlüsselbund verfügbar — Tessera fragt jedes Mal; nichts wurde auf die Platte geschrieben. (%1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>That connection profile no longer exists. The editor keeps its text; copy it into a tab of another profile to run it.</source>
        <translation>Dieses Verbindungsprofil gibt es nicht mehr. Der Editor behält seinen Text; kopieren Sie ihn in einen Tab eines anderen Profils, um ihn auszuführen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Driver Not Available</source>
        <translation>Treiber nicht verfügbar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot Open a Tab</source>
        <translation>Tab kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No new connection can be opened right now.</source>
        <translation>Im Moment kann keine neue Verbindung geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/main.cpp" line="+63"/>
        <source>The connection profiles could not be read.</source>
        <translation>Die Verbindungsprofile konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="+47"/>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&lt;h3&gt;No tab open&lt;/h3&gt;&lt;p&gt;Double-click a connection on the left (or select it and press Enter) to open a query tab.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;Demo&lt;/b&gt; profile is a local SQLite database: no server or password needed.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kein Tab geöffnet&lt;/h3&gt;&lt;p&gt;Doppelklicken Sie links auf eine Verbindung (oder wählen Sie sie aus und drücken Sie die Eingabetaste), um einen Abfrage-Tab zu öffnen.&lt;/p&gt;&lt;p&gt;Das Profil &lt;b&gt;Demo&lt;/b&gt; ist eine lokale SQLite-Datenbank: kein Server und kein Passwort nötig.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Logged out of %1.</source>
        <translation>Von %1 abgemeldet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A tab is still waiting for an answer.</source>
        <translation>Ein Tab wartet noch auf eine Antwort.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connections in use</source>
        <translation>Verbindungen in Gebrauch</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connections in &amp;Use</source>
        <translation>Verbindungen in &amp;Gebrauch</translation>
    </message>
    <message>
        <location line="+226"/>
        <location filename="../app/windowactions.cpp" line="+57"/>
        <source>&amp;Log Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Log Out of %1</source>
        <translation>Von %1 ab&amp;melden</translation>
    </message>
    <message>
        <location line="-275"/>
        <source>Profiles: %1</source>
        <translation>Profile: %1</translation>
    </message>
    <message>
        <location filename="../app/windowactions.cpp" line="-7"/>
        <source>&amp;New Profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate Profile</source>
        <translation>Profil &amp;duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Profile…</source>
        <translation>Profil &amp;löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a query tab on the selected connection</source>
        <translation>Einen Abfrage-Tab für die ausgewählte Verbindung öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the profile&apos;s tabs and forget its password</source>
        <translation>Die Tabs des Profils schließen und sein Passwort vergessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Run Statement</source>
        <translation>Anweisung &amp;ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &amp;Script</source>
        <translation>&amp;Skript ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result &amp;Tabs per Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many result tabs Run Script opens at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result Tabs per Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each statement of a script that returns rows gets a result tab, up to this many (later results are run but not kept):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New Tab on Same Profile</source>
        <translation>&amp;Neuer Tab mit demselben Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close Tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toggle &amp;Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Query</source>
        <translation>Ab&amp;frage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tab</source>
        <translation>&amp;Tab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Tessera</source>
        <translation>&amp;Über Tessera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Tessera</source>
        <translation>Über Tessera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Tessera %1&lt;/h3&gt;&lt;p&gt;An SQL workbench where every tab runs as the person who logged in: one connection per tab, opened with your own credentials, closed with the tab.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or (at your option) any later version.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../app/browsercontroller.cpp" line="+21"/>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Connect this tab to browse its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting…</source>
        <translation type="unfinished">Verbinde…</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../widgets/common/noticebanner.cpp" line="+23"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ObjectBrowser</name>
    <message>
        <location filename="../widgets/browser/objectbrowser.cpp" line="+69"/>
        <source>Filter objects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show all catalogued objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: only what the identity of the tab may use. On: everything in the catalog, usable or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+117"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-101"/>
        <source>%1 (as %2)</source>
        <translation type="unfinished">%1 (als %2)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Open a connected tab to browse its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalog could not be read: %1 Expanding again or Refresh (F5) tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expand the database to read what %1 may use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 may use no schema here: nothing to show. An administrator can grant it with GRANT USAGE ON SCHEMA … TO %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No object matches “%1” in the schemas read so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n object(s) match.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As %1: what %1 may use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Select First 200 Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show DDL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeReport</name>
    <message>
        <location filename="../widgets/query/outcomereport.cpp" line="+24"/>
        <source>ERROR: %1</source>
        <translation>FEHLER: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DETAIL: %1</source>
        <translation>DETAIL: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HINT: %1</source>
        <translation>HINWEIS: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>#%1: </source>
        <translation>#%1: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled after %1</source>
        <translation>Abgebrochen nach %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failed after %1</source>
        <translation>Fehlgeschlagen nach %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transaction committed (%1).</source>
        <translation>Transaktion festgeschrieben (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction rolled back (%1).</source>
        <translation>Transaktion zurückgerollt (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK, first %1 in %2 (more available)</source>
        <translation>OK, erste %1 in %2 (weitere vorhanden)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK, %1 in %2</source>
        <translation>OK, %1 in %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK, %1 affected in %2</source>
        <translation>OK, %1 betroffen in %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK in %1</source>
        <translation>OK in %1</translation>
    </message>
</context>
<context>
    <name>PasswordVault</name>
    <message>
        <location filename="../app/core/connection/passwordvault.cpp" line="+23"/>
        <source>No password is stored for this login.</source>
        <translation>Für diese Anmeldung ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain refused access: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No keychain is available on this system (%1). Tessera stores no password anywhere else: it will ask for it each time.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (%1). Tessera speichert Passwörter nirgendwo sonst und fragt deshalb jedes Mal danach.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain is available: %1</source>
        <translation>Kein Schlüsselbund verfügbar: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Password stored in the keychain.</source>
        <translation>Passwort im Schlüsselbund gespeichert.</translation>
    </message>
</context>
<context>
    <name>ProfileCommands</name>
    <message>
        <location filename="../app/profilecommands.cpp" line="+83"/>
        <source>Profile In Use</source>
        <translation>Profil in Gebrauch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has open tabs and is logged in. Close its tabs first; then it can be deleted.</source>
        <translation>„%1“ hat offene Tabs und ist angemeldet. Schließen Sie zuerst seine Tabs; dann kann es gelöscht werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete Profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the connection profile “%1”?
This cannot be undone.</source>
        <translation>Das Verbindungsprofil „%1“ löschen?
Das kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>ProfileContextMenu</name>
    <message>
        <location filename="../app/profilecontextmenu.cpp" line="+37"/>
        <source>&amp;Log Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the profile&apos;s tabs and forget its password</source>
        <translation>Die Tabs des Profils schließen und sein Passwort vergessen</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../widgets/profiles/profiledialog.cpp" line="+36"/>
        <location line="+165"/>
        <source>New Connection Profile</source>
        <translation>Neues Verbindungsprofil</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Advanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>e.g. Sales (production)</source>
        <translation>z. B. Vertrieb (Produktion)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Driver:</source>
        <translation>&amp;Treiber:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>host name, IP address or socket directory</source>
        <translation>Hostname, IP-Adresse oder Socket-Verzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+234"/>
        <source>Data&amp;base:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>Host, port and database come from the connection string (Advanced tab).</source>
        <translation>Host, Port und Datenbank kommen aus der Verbindungszeichenfolge (Reiter „Erweitert“).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>filled in at login; can be changed there</source>
        <translation>wird bei der Anmeldung vorgeschlagen und kann dort geändert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;user:</source>
        <translation>Standard&amp;benutzer:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password (asked at login)</source>
        <translation>Passwort (bei der Anmeldung abgefragt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy (log in as one user, act as another)</source>
        <translation>Proxy (als ein Benutzer anmelden, als ein anderer handeln)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External (.pgpass, service file, peer, wallet)</source>
        <translation>Extern (.pgpass, Service-Datei, Peer, Wallet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authentication:</source>
        <translation>&amp;Anmeldung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+219"/>
        <source>Act as &amp;role:</source>
        <translation>Als &amp;Rolle handeln:</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Connection &amp;string:</source>
        <translation>Verbindungs&amp;zeichenfolge:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>key=value;key=value, e.g. sslmode=require</source>
        <translation>schlüssel=wert;schlüssel=wert, z. B. sslmode=require</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Options:</source>
        <translation>&amp;Optionen:</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The options hold a password. Passwords are never saved in a profile: remove it here, and type it in the login dialog when you connect (which can keep it in the system keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection string holds a password. Passwords are never saved in a profile: remove it here, and type it in the login dialog when you connect (which can keep it in the system keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>An Oracle profile needs a service name, or a TNS alias / EZConnect string on the Advanced tab.</source>
        <translation>Ein Oracle-Profil braucht einen Dienstnamen oder einen TNS-Alias / eine EZConnect-Zeichenfolge im Reiter „Erweitert“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy login needs the user to act as.</source>
        <translation>Die Proxy-Anmeldung braucht den Benutzer, als der gehandelt wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy login needs the role to act as (SET ROLE).</source>
        <translation>Die Proxy-Anmeldung braucht die Rolle, als die gehandelt wird (SET ROLE).</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>optional: URI, conninfo or service=name</source>
        <translation>optional: URI, conninfo oder service=Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A TNS alias from tnsnames.ora, or EZConnect host:port/service. When set, host, port and service are not used.</source>
        <translation>Ein TNS-Alias aus tnsnames.ora oder EZConnect host:port/service. Wenn gesetzt, werden Host, Port und Service nicht verwendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>postgresql://host:port/db?sslmode=require, host=… dbname=…, or service=name from pg_service.conf. When set, host, port and database are not used.</source>
        <translation>postgresql://host:port/db?sslmode=require, host=… dbname=… oder service=Name aus pg_service.conf. Wenn gesetzt, werden Host, Port und Datenbank nicht verwendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CURRENT_SCHEMA after login</source>
        <translation>CURRENT_SCHEMA nach der Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search_path, e.g. sales, public</source>
        <translation>search_path, z. B. sales, public</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>Colour &amp;tag:</source>
        <translation>&amp;Farbmarkierung:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Default s&amp;chema:</source>
        <translation>Standard-S&amp;chema:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>statements run after every connect and reconnect, e.g.
set statement_timeout = &apos;5min&apos;;</source>
        <translation>Anweisungen, die nach jedem Verbinden und Neuverbinden laufen, z. B.
set statement_timeout = &apos;5min&apos;;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Init statements:</source>
        <translation>&amp;Startanweisungen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Read-only: the server refuses every change</source>
        <translation>&amp;Nur lesen: Der Server lehnt jede Änderung ab</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect &amp;timeout:</source>
        <translation>Verbindungs-&amp;Timeout:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP &amp;keepalives: notice a dead connection (VPN drop, sleep)</source>
        <translation>TCP-&amp;Keepalives: eine tote Verbindung bemerken (VPN-Abbruch, Ruhezustand)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit Connection Profile</source>
        <translation>Verbindungsprofil bearbeiten</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Please give the profile a name.</source>
        <translation>Bitte geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A profile named “%1” already exists. Please choose another name.</source>
        <translation>Ein Profil namens „%1“ gibt es bereits. Bitte wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An SQLite profile needs a database file. Choose one with Browse….</source>
        <translation>Ein SQLite-Profil braucht eine Datenbankdatei. Wählen Sie eine mit „Durchsuchen…“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is a folder, not a database file.</source>
        <translation>„%1“ ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file “%1” does not exist.</source>
        <translation>Die Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Act as &amp;user:</source>
        <translation>Als &amp;Benutzer handeln:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>path to an SQLite database file</source>
        <translation>Pfad zu einer SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service name, e.g. ORCLPDB1</source>
        <translation>Dienstname, z. B. ORCLPDB1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database name (default: the user name)</source>
        <translation>Datenbankname (Standard: der Benutzername)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional: TNS alias or EZConnect host:port/service</source>
        <translation>optional: TNS-Alias oder EZConnect host:port/dienst</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the Oracle user whose rights apply</source>
        <translation>der Oracle-Benutzer, dessen Rechte gelten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the role to SET ROLE to after login</source>
        <translation>die Rolle für SET ROLE nach der Anmeldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Qt %1 driver (%2) is not installed. You can save this profile now and connect once the driver is added.</source>
        <translation>Der Qt-Treiber %1 (%2) ist nicht installiert. Sie können dieses Profil jetzt speichern und sich verbinden, sobald der Treiber installiert ist.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>SQLite Database File</source>
        <translation>SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ProfileListWidget</name>
    <message>
        <location filename="../widgets/profiles/profilelistwidget.cpp" line="+79"/>
        <source>SQLite · demo database</source>
        <translation>SQLite · Demo-Datenbank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLite · %1</source>
        <translation>SQLite · %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>ProfileLoginMarks</name>
    <message>
        <location filename="../app/profileloginmarks.cpp" line="+20"/>
        <source>logged in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>logged in as %1</source>
        <translation>angemeldet als %1</translation>
    </message>
</context>
<context>
    <name>ProfileMerge</name>
    <message>
        <location filename="../app/core/profiles/profilemerge.cpp" line="+58"/>
        <source>%1 (changed in another window)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileMetadata</name>
    <message>
        <location filename="../app/core/metadata/profilemetadata.cpp" line="+61"/>
        <source>Log in to %1 first: the catalog is read as the person who logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The catalog cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+91"/>
        <source>The metadata connection closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+11"/>
        <location line="+11"/>
        <source>No connection for the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../app/core/profiles/profilefile.cpp" line="+52"/>
        <source>too many backups named %1-*</source>
        <translation>zu viele Sicherungskopien namens %1-*</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is a folder, not a file</source>
        <translation>sie ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>it could not be read (%1)</source>
        <translation>sie konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not valid JSON (%1 at offset %2)</source>
        <translation>sie ist kein gültiges JSON (%1 an Position %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it does not hold a JSON object</source>
        <translation>sie enthält kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has no format version</source>
        <translation>sie hat keine Formatversion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has format version %1, but this version of Tessera reads version %2</source>
        <translation>sie hat die Formatversion %1, aber diese Version von Tessera liest Version %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has no list of profiles</source>
        <translation>sie hat keine Liste von Profilen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>entry %1 is not a JSON object</source>
        <translation>Eintrag %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of its %2 entries could not be read (%3)</source>
        <translation>%1 ihrer %2 Einträge konnten nicht gelesen werden (%3)</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/profilestore.cpp" line="+72"/>
        <source>Tessera started without saved connection profiles.</source>
        <translation>Tessera wurde ohne gespeicherte Verbindungsprofile gestartet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tessera loaded the connection profiles it could read.</source>
        <translation>Tessera hat die lesbaren Verbindungsprofile geladen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection profiles file “%1” could not be used: %2.
Nothing was changed: the file stays as it is, and before Tessera saves profiles there it keeps the file as a dated backup beside it. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The connection profiles could not be saved to “%1” (%2); the file there still holds the profiles it had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>another Tessera window kept it locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its lock file could not be created: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its lock file could not be written: the disk may be full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the damaged file there could not be kept as a backup (%1), and Tessera will not overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The damaged connection profiles file was kept unchanged as “%1”; the profiles are now saved in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” was also changed in another Tessera window: both versions are kept, the other one as “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Demo (SQLite)</source>
        <translation>Demo (SQLite)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/core/connection/connectionsetup.cpp" line="+81"/>
        <source>The profile uses proxy login but names no role to act as.</source>
        <translation>Das Profil verwendet Proxy-Anmeldung, nennt aber keine Rolle, als die gehandelt wird.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The profile uses proxy login but names no user to act as.</source>
        <translation>Das Profil verwendet Proxy-Anmeldung, nennt aber keinen Benutzer, als der gehandelt wird.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/conninfo.cpp" line="+180"/>
        <source>The connection string cannot be read: %1</source>
        <translation>Die Verbindungszeichenfolge kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
    <message>
        <location filename="../app/cli/connectiontarget.cpp" line="+22"/>
        <source>--conninfo is empty.</source>
        <translation>--conninfo ist leer.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>There is no connection profile named &quot;%1&quot; (%2 holds none).</source>
        <translation>Es gibt kein Verbindungsprofil namens „%1“ (%2 enthält keines).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no connection profile named &quot;%1&quot;. Profiles: %2.</source>
        <translation>Es gibt kein Verbindungsprofil namens „%1“. Profile: %2.</translation>
    </message>
</context>
<context>
    <name>QueryOutput</name>
    <message>
        <location filename="../widgets/query/queryoutput.cpp" line="+26"/>
        <location line="+1"/>
        <location line="+33"/>
        <location line="+33"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
</context>
<context>
    <name>QueryTab</name>
    <message>
        <location filename="../widgets/query/querytab.cpp" line="+145"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Script finished: %1 succeeded, %2 failed, in %3.</source>
        <translation>Skript beendet: %1 erfolgreich, %2 fehlgeschlagen, in %3.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Not connected — connect to run the SQL in this tab.</source>
        <translation>Nicht verbunden — verbinden Sie sich, um das SQL in diesem Tab auszuführen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+348"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+95"/>
        <source>This tab has no connection any more. Open a new tab to run SQL.</source>
        <translation>Dieser Tab hat keine Verbindung mehr. Öffnen Sie einen neuen Tab, um SQL auszuführen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected. Use Connect above the editor first.</source>
        <translation>Nicht verbunden. Verwenden Sie zuerst „Verbinden“ über dem Editor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A statement is still running; cancel it first (Esc).</source>
        <translation>Eine Anweisung läuft noch; brechen Sie sie zuerst ab (Esc).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected yet (%1).</source>
        <translation>Noch nicht verbunden (%1).</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Logged out — your SQL stays here. Connect to log in again and run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection lost — the next run reconnects</source>
        <translation>Verbindung verloren — die nächste Ausführung verbindet neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the SQL before sending it</source>
        <translation>SQL wird vor dem Senden geprüft</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>QueryToolBar</name>
    <message>
        <location filename="../widgets/query/querytoolbar.cpp" line="+15"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the statement at the cursor, or the selection (Ctrl+Enter)</source>
        <translation>Die Anweisung am Cursor oder die Auswahl ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run Script</source>
        <translation>Skript ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run every statement in the editor (F5)</source>
        <translation>Alle Anweisungen im Editor ausführen (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the running statement (Esc)</source>
        <translation>Die laufende Anweisung abbrechen (Esc)</translation>
    </message>
</context>
<context>
    <name>RecoveryController</name>
    <message>
        <location filename="../app/recoverycontroller.cpp" line="+85"/>
        <source>Restored your tab from the last session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored your %1 tabs from the last session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovered 1 editor after an unexpected exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovered %1 editors after an unexpected exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Press Connect in it to log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Connect in each to log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Connect in those that ask for a login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../widgets/results/resultview.cpp" line="+232"/>
        <source>%1, row %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
</context>
<context>
    <name>RunPreparation</name>
    <message>
        <location filename="../widgets/query/runpreparation.cpp" line="+69"/>
        <source>Checking %1 lines of SQL before sending them…</source>
        <translation>%1 Zeilen SQL werden vor dem Senden geprüft…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Still checking the SQL before sending it; Esc stops that.</source>
        <translation>Das SQL wird vor dem Senden noch geprüft; Esc bricht das ab.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Run stopped while the SQL was being checked: nothing was sent.</source>
        <translation>Ausführung während der Prüfung des SQL abgebrochen: nichts wurde gesendet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>#%1: </source>
        <translation>#%1: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syntax error before sending: %1</source>
        <translation>Syntaxfehler vor dem Senden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syntax error, nothing sent</source>
        <translation>Syntaxfehler, nichts gesendet</translation>
    </message>
</context>
<context>
    <name>RunResults</name>
    <message>
        <location filename="../widgets/query/runresults.cpp" line="+45"/>
        <source>#%1 and later results are not shown: a run shows at most %2 result tabs (Query → Result Tabs per Run…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <location filename="../app/core/storage/safefile.cpp" line="+37"/>
        <source>the folder “%1” could not be created</source>
        <translation type="unfinished">der Ordner „%1“ konnte nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>ScriptDecoder</name>
    <message>
        <location filename="../app/core/sql/scriptdecoder.cpp" line="+163"/>
        <source>at byte %1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not valid UTF-8 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a NUL character %1 (SQL text cannot hold one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown encoding “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../app/core/connection/session.cpp" line="+247"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing…</source>
        <translation>Wird geschlossen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>SessionEventReporter</name>
    <message>
        <location filename="../widgets/query/sessioneventreporter.cpp" line="+21"/>
        <source>Connected.</source>
        <translation type="unfinished">Verbunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection closed.</source>
        <translation type="unfinished">Verbindung geschlossen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not connect: %1</source>
        <translation type="unfinished">Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connection lost: %1. The next run reconnects.</source>
        <translation type="unfinished">Verbindung verloren: %1. Die nächste Ausführung verbindet neu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The open transaction is gone (the server rolled it back).</source>
        <translation type="unfinished">Die offene Transaktion ist weg (der Server hat sie zurückgerollt).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reconnected — the open transaction was lost (rolled back by the server).</source>
        <translation type="unfinished">Neu verbunden — die offene Transaktion ist verloren (vom Server zurückgerollt).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reconnected.</source>
        <translation type="unfinished">Neu verbunden.</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <location filename="../app/core/connection/sessionlistmodel.cpp" line="+76"/>
        <source>%1 (as %2)</source>
        <translation>%1 (als %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>auto-commit</source>
        <translation>Auto-Commit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none open</source>
        <translation>keine offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open since %1</source>
        <translation>offen seit %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
</context>
<context>
    <name>SessionWorker</name>
    <message>
        <location filename="../app/core/connection/sessionworker.cpp" line="+52"/>
        <source>The Qt SQL driver %1 for %2 is not installed.</source>
        <translation>Der Qt-SQL-Treiber %1 für %2 ist nicht installiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not create the demo database %1: %2</source>
        <translation>Die Demo-Datenbank %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file %1 does not exist.</source>
        <translation>Die Datenbankdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Connected, but the session could not be set up: %1</source>
        <translation>Verbunden, aber die Sitzung konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connected, but the session setup statement “%1” failed: %2</source>
        <translation>Verbunden, aber die Einrichtungsanweisung „%1“ der Sitzung ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+275"/>
        <source>The connection is gone, and with it the open transaction.</source>
        <translation>Die Verbindung ist weg und mit ihr die offene Transaktion.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>disconnected because the server stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
</context>
<context>
    <name>SettingsSync</name>
    <message>
        <location filename="../app/core/storage/settingssync.cpp" line="+70"/>
        <source>Tessera could not save its settings to “%1” (%2); the previous settings are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the disk may be full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementSplitter</name>
    <message>
        <location filename="../app/core/sql/oraclestatementsplitter.cpp" line="+172"/>
        <location filename="../app/core/sql/sqlitestatementsplitter.cpp" line="+63"/>
        <source>unterminated comment</source>
        <translation>nicht abgeschlossener Kommentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/core/sql/sqlitestatementsplitter.cpp" line="+2"/>
        <source>unterminated quoted string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <location filename="../app/core/sql/pgscanner.cpp" line="+137"/>
        <source>could not read the PostgreSQL lexer&apos;s output</source>
        <translation>die Ausgabe des PostgreSQL-Lexers konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/core/sql/statementbuilder.cpp" line="+45"/>
        <source>Line %1, column %2: %3. The rest of the script is run as one statement.</source>
        <translation>Zeile %1, Spalte %2: %3. Der Rest des Skripts wird als eine Anweisung ausgeführt.</translation>
    </message>
</context>
<context>
    <name>TabBanner</name>
    <message>
        <location filename="../widgets/query/tabbanner.cpp" line="+33"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>TabFormat</name>
    <message>
        <location filename="../widgets/common/tabformat.cpp" line="+12"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 rows</source>
        <translation>%L1 Zeilen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(logged in as %1)</source>
        <translation>(angemeldet als %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>@ %1</source>
        <translation>@ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(SID %1)</source>
        <translation>(SID %1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(pid %1)</source>
        <translation>(PID %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Current user: %1</source>
        <translation>Aktueller Benutzer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session user: %1</source>
        <translation>Sitzungsbenutzer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy user: %1</source>
        <translation>Proxy-Benutzer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schema: %1</source>
        <translation>Schema: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backend: %1</source>
        <translation>Backend: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
</context>
<context>
    <name>TabStatusBar</name>
    <message>
        <location filename="../widgets/query/tabstatusbar.cpp" line="+37"/>
        <source>Running… %1</source>
        <translation>Läuft… %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
</context>
<context>
    <name>TransactionControls</name>
    <message>
        <location filename="../widgets/query/transactioncontrols.cpp" line="+18"/>
        <source>Auto-commit</source>
        <translation>Auto-Commit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On: every statement commits by itself.
Off: the first statement opens a transaction that stays open until Commit or Rollback.</source>
        <translation>Ein: Jede Anweisung wird für sich festgeschrieben.
Aus: Die erste Anweisung öffnet eine Transaktion, die bis Commit oder Rollback offen bleibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commit the open transaction</source>
        <translation>Die offene Transaktion festschreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roll back the open transaction</source>
        <translation>Die offene Transaktion zurückrollen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Transaction lost with the connection</source>
        <translation>Transaktion mit der Verbindung verloren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server rolled back what the transaction held when the connection dropped.</source>
        <translation>Der Server hat beim Verbindungsabbruch zurückgerollt, was die Transaktion enthielt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction failed — roll back</source>
        <translation>Transaktion fehlgeschlagen — zurückrollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A statement failed inside the transaction; the server ignores everything until Rollback. Open since %1.</source>
        <translation>Eine Anweisung in der Transaktion ist fehlgeschlagen; der Server ignoriert alles bis zum Rollback. Offen seit %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transaction open since %1</source>
        <translation>Transaktion offen seit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes are not visible to others, and locks are held, until Commit or Rollback.</source>
        <translation>Änderungen sind für andere nicht sichtbar, und Sperren werden gehalten, bis Commit oder Rollback.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each statement commits</source>
        <translation>Jede Anweisung wird sofort festgeschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-commit is on: every statement commits by itself.</source>
        <translation>Auto-Commit ist an: jede Anweisung wird für sich festgeschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No open transaction</source>
        <translation>Keine offene Transaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual commit: the next statement opens a transaction.</source>
        <translation>Manuelles Commit: Die nächste Anweisung öffnet eine Transaktion.</translation>
    </message>
</context>
<context>
    <name>TransactionTracker</name>
    <message>
        <location filename="../app/core/connection/transactiontracker.cpp" line="+65"/>
        <source>The Oracle driver could not switch to manual commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueViewerDialog</name>
    <message>
        <location filename="../widgets/results/valueviewerdialog.cpp" line="+58"/>
        <location line="+69"/>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Show All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save to File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— the hex view shows the first %1 bytes; Save to File keeps them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— the first %1 are shown. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show All shows the rest; Save to File keeps it all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is too large to show at once: Save to File keeps it all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save to %1: %2. Nothing was changed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
</TS>
