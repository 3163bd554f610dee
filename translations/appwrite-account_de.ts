<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccountMenu</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Add another account…</source>
        <translation>Weiteres Konto hinzufügen…</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Only on this computer</source>
        <translation>Nur auf diesem Computer</translation>
    </message>
    <message>
        <source>Forget the session file</source>
        <translation>Sitzungsdatei vergessen</translation>
    </message>
    <message>
        <source>Keep me signed in with a file…</source>
        <translation>Mit einer Datei angemeldet bleiben…</translation>
    </message>
    <message>
        <source>You stay signed in through a private file on this computer.</source>
        <translation>Sie bleiben über eine private Datei auf diesem Computer angemeldet.</translation>
    </message>
    <message>
        <source>You&apos;ll need to sign in again next time: no keyring</source>
        <translation>Beim nächsten Mal müssen Sie sich erneut anmelden: kein Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>AccountModel</name>
    <message>
        <source>Choose a server and project first.</source>
        <translation>Wählen Sie zuerst einen Server und ein Projekt.</translation>
    </message>
    <message>
        <source>Choose how to confirm it is you.</source>
        <translation>Wählen Sie, wie Sie sich bestätigen möchten.</translation>
    </message>
</context>
<context>
    <name>AccountShell</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Sessions &amp; devices</source>
        <translation>Sitzungen &amp; Geräte</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>Verknüpfte Konten</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Sandbox outbox</source>
        <extracomment>The sandbox&apos;s outbox: emails and text messages the local sandbox &quot;sent&quot;.</extracomment>
        <translation>Sandbox-Postausgang</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Sign-ins and changes to your account. If you see something you didn&apos;t do, sign out other devices and change your password.</source>
        <translation>Anmeldungen und Änderungen an Ihrem Konto. Wenn Sie etwas sehen, das Sie nicht getan haben, melden Sie andere Geräte ab und ändern Sie Ihr Passwort.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Search loaded events: sign-in, Firefox, an IP address…</source>
        <translation>Geladene Ereignisse durchsuchen: Anmeldung, Firefox, eine IP-Adresse…</translation>
    </message>
    <message>
        <source>Search activity</source>
        <translation>Aktivität durchsuchen</translation>
    </message>
    <message>
        <source>Account activity</source>
        <translation>Kontoaktivität</translation>
    </message>
    <message>
        <source>No activity to show yet</source>
        <translation>Noch keine Aktivität</translation>
    </message>
    <message>
        <source>Sign-ins, password changes and other security events appear here. Some servers, Appwrite Cloud among them, record events late (up to an hour) or not at all, so an empty list does not mean nothing happened. Sessions &amp; devices always shows where you are signed in.</source>
        <translation>Anmeldungen, Passwortänderungen und andere Sicherheitsereignisse erscheinen hier. Manche Server, darunter Appwrite Cloud, erfassen Ereignisse verspätet (bis zu einer Stunde) oder gar nicht – eine leere Liste heißt also nicht, dass nichts passiert ist. Unter „Sitzungen &amp; Geräte“ sehen Sie immer, wo Sie angemeldet sind.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Keine Treffer für „%1“</translation>
    </message>
    <message>
        <source>Only loaded events are searched. Scroll down the list to load older ones.</source>
        <translation>Durchsucht werden nur geladene Ereignisse. Scrollen Sie nach unten, um ältere zu laden.</translation>
    </message>
    <message>
        <source>Try another word, such as a browser, a country or an IP address.</source>
        <translation>Versuchen Sie ein anderes Wort, etwa einen Browser, ein Land oder eine IP-Adresse.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 events. Scroll down for older ones.</source>
        <translation>%1 von %2 Ereignissen. Scrollen Sie nach unten für ältere.</translation>
    </message>
    <message numerus="yes">
        <source>That&apos;s everything: %n event(s).</source>
        <translation>
            <numerusform>Das ist alles: %n Ereignis.</numerusform>
            <numerusform>Das ist alles: %n Ereignisse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading activity</source>
        <translation>Aktivität wird geladen</translation>
    </message>
</context>
<context>
    <name>AdvancedPage</name>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Developer tools and the danger zone.</source>
        <translation>Entwicklerwerkzeuge und der Gefahrenbereich.</translation>
    </message>
</context>
<context>
    <name>Appwrite::Client</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>the response was cut off</source>
        <translation>die Antwort war unvollständig</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
</context>
<context>
    <name>Appwrite::Error</name>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Der Server hat mit HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server sent a response that cannot be read (%1).</source>
        <translation>Der Server hat eine Antwort gesendet, die nicht gelesen werden kann (%1).</translation>
    </message>
    <message>
        <source>This server address uses plain http://: passwords and sessions would travel unencrypted.</source>
        <translation>Diese Serveradresse verwendet einfaches http://: Passwörter und Sitzungen würden unverschlüsselt übertragen.</translation>
    </message>
</context>
<context>
    <name>Appwrite::Http1Reply</name>
    <message>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The server sent an oversized header</source>
        <translation>Der Server hat einen übergroßen Header gesendet</translation>
    </message>
    <message>
        <source>The server did not answer in HTTP</source>
        <translation>Der Server hat nicht mit HTTP geantwortet</translation>
    </message>
    <message>
        <source>The server sent a malformed header</source>
        <translation>Der Server hat einen fehlerhaften Header gesendet</translation>
    </message>
    <message>
        <source>The server sent a malformed chunk</source>
        <translation>Der Server hat einen fehlerhaften Datenblock gesendet</translation>
    </message>
    <message>
        <source>The server sent a malformed Content-Length</source>
        <translation>Der Server hat eine fehlerhafte Content-Length gesendet</translation>
    </message>
    <message>
        <source>Error transferring %1 - server replied: %2</source>
        <translation>Fehler beim Übertragen von %1 – Antwort des Servers: %2</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>Vorgang abgebrochen</translation>
    </message>
</context>
<context>
    <name>Appwrite::Validation</name>
    <message>
        <source>Use at most 36 characters: letters, digits, period, hyphen and underscore, not starting with a special character.</source>
        <translation>Höchstens 36 Zeichen: Buchstaben, Ziffern, Punkt, Bindestrich und Unterstrich, nicht mit einem Sonderzeichen am Anfang.</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>Geben Sie eine gültige E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>The password must be between 8 and 256 characters long.</source>
        <translation>Das Passwort muss zwischen 8 und 256 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The name must be at most 128 characters long.</source>
        <translation>Der Name darf höchstens 128 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Enter the phone number with a leading &apos;+&apos; and the country code, at most 15 digits, e.g. +16175551212.</source>
        <translation>Geben Sie die Telefonnummer mit führendem „+“ und Ländervorwahl ein, höchstens 15 Ziffern, z. B. +16175551212.</translation>
    </message>
    <message>
        <source>The preferences are too large (at most 64 kB).</source>
        <translation>Die Einstellungen sind zu groß (höchstens 64 kB).</translation>
    </message>
    <message>
        <source>Enter a complete URL, e.g. https://example.com/path.</source>
        <translation>Geben Sie eine vollständige URL ein, z. B. https://example.com/path.</translation>
    </message>
    <message>
        <source>This value is required.</source>
        <translation>Dieser Wert ist erforderlich.</translation>
    </message>
    <message>
        <source>At most 100 queries are allowed.</source>
        <translation>Höchstens 100 Abfragen sind erlaubt.</translation>
    </message>
    <message>
        <source>A query must be at most 4096 characters long.</source>
        <translation>Eine Abfrage darf höchstens 4096 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>This sign-in provider is not supported.</source>
        <translation>Dieser Anmeldeanbieter wird nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>AuthScreen</name>
    <message>
        <source>Appwrite Account</source>
        <translation>Appwrite Account</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>AuthenticatorDialog</name>
    <message>
        <source>Add an authenticator app</source>
        <translation>Authenticator-App hinzufügen</translation>
    </message>
    <message>
        <source>Enter the code from your app</source>
        <translation>Code aus Ihrer App eingeben</translation>
    </message>
    <message>
        <source>Authenticator added</source>
        <translation>Authenticator hinzugefügt</translation>
    </message>
    <message>
        <source>Turn on two-step verification once the code is accepted</source>
        <translation>Bestätigung in zwei Schritten einschalten, sobald der Code akzeptiert ist</translation>
    </message>
    <message>
        <source>Your authenticator app is active. From now on, signing in asks for a code from it.</source>
        <translation>Ihre Authenticator-App ist aktiv. Ab jetzt fragt die Anmeldung nach einem Code daraus.</translation>
    </message>
    <message>
        <source>Your authenticator app is verified. Turn on two-step verification on the Security page to require it at sign-in.</source>
        <translation>Ihre Authenticator-App ist bestätigt. Schalten Sie auf der Seite „Sicherheit“ die Bestätigung in zwei Schritten ein, damit sie bei der Anmeldung verlangt wird.</translation>
    </message>
    <message>
        <source>You already have recovery codes. Keep them somewhere safe: they get you in if you lose this device.</source>
        <translation>Sie haben bereits Wiederherstellungscodes. Bewahren Sie sie sicher auf: Mit ihnen kommen Sie hinein, wenn Sie dieses Gerät verlieren.</translation>
    </message>
    <message>
        <source>Next, create recovery codes. If you lose this device, a recovery code is the only way back in.</source>
        <translation>Erstellen Sie als Nächstes Wiederherstellungscodes. Wenn Sie dieses Gerät verlieren, ist ein Wiederherstellungscode der einzige Weg zurück.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the QR code</source>
        <translation>Zurück zum QR-Code</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Create recovery codes</source>
        <translation>Wiederherstellungscodes erstellen</translation>
    </message>
</context>
<context>
    <name>AuthenticatorScanStep</name>
    <message>
        <source>Scan this code with an authenticator app such as Google Authenticator, Microsoft Authenticator, 1Password or FreeOTP.</source>
        <translation>Scannen Sie diesen Code mit einer Authenticator-App wie Google Authenticator, Microsoft Authenticator, 1Password oder FreeOTP.</translation>
    </message>
    <message>
        <source>Preparing your authenticator key</source>
        <translation>Ihr Authenticator-Schlüssel wird vorbereitet</translation>
    </message>
    <message>
        <source>Your app will show</source>
        <translation>Ihre App zeigt an</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>Can&apos;t scan it? Type this key into your app instead:</source>
        <translation>Scannen klappt nicht? Geben Sie stattdessen diesen Schlüssel in Ihre App ein:</translation>
    </message>
    <message>
        <source>setup key</source>
        <extracomment>Accessible name: the authenticator secret (TOTP key).</extracomment>
        <translation>Einrichtungsschlüssel</translation>
    </message>
    <message>
        <source>Copy the setup link (otpauth://)</source>
        <extracomment>Copies the otpauth:// link, which some password managers accept.</extracomment>
        <translation>Einrichtungslink kopieren (otpauth://)</translation>
    </message>
    <message>
        <source>Copied keys leave the clipboard after a minute.</source>
        <translation>Kopierte Schlüssel werden nach einer Minute aus der Zwischenablage entfernt.</translation>
    </message>
</context>
<context>
    <name>AuthenticatorVerifyStep</name>
    <message>
        <source>Open your authenticator app and type the 6-digit code it shows for %1 (%2).</source>
        <translation>Öffnen Sie Ihre Authenticator-App und geben Sie den 6-stelligen Code ein, den sie für %1 (%2) anzeigt.</translation>
    </message>
    <message>
        <source>Code from the authenticator app</source>
        <translation>Code aus der Authenticator-App</translation>
    </message>
    <message>
        <source>Codes change every 30 seconds. If a code is refused, check that this computer&apos;s clock is right and wait for the next code.</source>
        <translation>Codes wechseln alle 30 Sekunden. Wird ein Code abgelehnt, prüfen Sie die Uhrzeit dieses Computers und warten Sie auf den nächsten Code.</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>Choose a server and project first.</source>
        <translation>Wählen Sie zuerst einen Server und ein Projekt.</translation>
    </message>
    <message>
        <source>The browser came back without sign-in details.</source>
        <translation>Der Browser kam ohne Anmeldedaten zurück.</translation>
    </message>
    <message>
        <source>The browser did not come back in time. Start again, or paste the address the browser ended on.</source>
        <translation>Der Browser kam nicht rechtzeitig zurück. Beginnen Sie erneut oder fügen Sie die Adresse ein, auf der der Browser gelandet ist.</translation>
    </message>
</context>
<context>
    <name>BusyButton</name>
    <message>
        <source>Working, please wait</source>
        <extracomment>Added to a button&apos;s spoken description while its action runs.</extracomment>
        <translation>Wird ausgeführt, bitte warten</translation>
    </message>
</context>
<context>
    <name>CallbackPage</name>
    <message>
        <source>You are signed in</source>
        <translation>Sie sind angemeldet</translation>
    </message>
    <message>
        <source>Sign-in did not finish</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>This link is not for this sign-in</source>
        <translation>Dieser Link gehört nicht zu dieser Anmeldung</translation>
    </message>
    <message>
        <source>Appwrite Account has what it needs. You can close this tab and go back to the app.</source>
        <translation>Appwrite Account hat alles, was es braucht. Sie können diesen Tab schließen und zur App zurückkehren.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled or refused. You can close this tab; the app shows what happened and lets you try again.</source>
        <translation>Die Anmeldung wurde abgebrochen oder abgelehnt. Sie können diesen Tab schließen; die App zeigt, was passiert ist, und Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>It belongs to another or an older sign-in, so nothing was sent to the app. Start signing in again from Appwrite Account.</source>
        <translation>Er gehört zu einer anderen oder älteren Anmeldung, daher wurde nichts an die App gesendet. Beginnen Sie die Anmeldung erneut in Appwrite Account.</translation>
    </message>
</context>
<context>
    <name>CallbackRouter</name>
    <message>
        <source>This sign-in link is not the one the app is waiting for. Start signing in again.</source>
        <translation>Auf diesen Anmeldelink wartet die App nicht. Beginnen Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>This link is incomplete. Open the whole link from the email.</source>
        <translation>Dieser Link ist unvollständig. Öffnen Sie den ganzen Link aus der E-Mail.</translation>
    </message>
    <message>
        <source>This link is for the project “%1”, which is not connected in this app.</source>
        <translation>Dieser Link gehört zum Projekt „%1“, das in dieser App nicht verbunden ist.</translation>
    </message>
    <message>
        <source>Appwrite Account does not know what this link is for.</source>
        <translation>Appwrite Account weiß nicht, wofür dieser Link ist.</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <source>Send a new code</source>
        <translation>Neuen Code senden</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Bestätigen</translation>
    </message>
</context>
<context>
    <name>CodeInput</name>
    <message>
        <source>Verification code</source>
        <extracomment>Spoken name of the segmented code input.</extracomment>
        <translation>Bestätigungscode</translation>
    </message>
    <message>
        <source>The code was not accepted. Enter it again.</source>
        <extracomment>Spoken description of the code input; %1 is how many characters the code has.</extracomment>
        <translation>Der Code wurde nicht akzeptiert. Geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <extracomment>%1 is the word to type, e.g. &quot;block&quot;.</extracomment>
        <translation>Zum Bestätigen %1 eingeben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ConnectScreen</name>
    <message>
        <source>Where is your account?</source>
        <translation>Wo ist Ihr Konto?</translation>
    </message>
    <message>
        <source>Your account lives in an Appwrite project. Choose one, or try everything on a practice server first.</source>
        <translation>Ihr Konto liegt in einem Appwrite-Projekt. Wählen Sie eines oder probieren Sie zuerst alles auf einem Übungsserver aus.</translation>
    </message>
    <message>
        <source>Try it on the local sandbox</source>
        <translation>Auf der lokalen Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>A private practice server on this computer. Emails and text messages land in an outbox you can read in the app.</source>
        <translation>Ein privater Übungsserver auf diesem Computer. E-Mails und SMS landen in einem Postausgang, den Sie in der App lesen können.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Connect to Appwrite</source>
        <translation>Mit Appwrite verbinden</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>API-Endpunkt</translation>
    </message>
    <message>
        <source>Shown in the project&apos;s settings in the Appwrite console.</source>
        <translation>Steht in den Projekteinstellungen der Appwrite-Konsole.</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>Name for this connection (optional)</source>
        <translation>Name für diese Verbindung (optional)</translation>
    </message>
    <message>
        <source>e.g. Work</source>
        <translation>z. B. Arbeit</translation>
    </message>
    <message>
        <source>Accept a self-signed certificate (only for your own test server)</source>
        <translation>Selbstsigniertes Zertifikat akzeptieren (nur für Ihren eigenen Testserver)</translation>
    </message>
    <message>
        <source>Checking the project…</source>
        <translation>Projekt wird geprüft…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connect anyway, unencrypted</source>
        <translation>Trotzdem unverschlüsselt verbinden</translation>
    </message>
    <message>
        <source>Only on a network you trust: anyone on the way can read your password and session.</source>
        <translation>Nur in einem Netzwerk, dem Sie vertrauen: Jeder auf dem Übertragungsweg kann Ihr Passwort und Ihre Sitzung mitlesen.</translation>
    </message>
</context>
<context>
    <name>ConnectionChip</name>
    <message>
        <source>Local sandbox</source>
        <extracomment>Badge naming the server; %1 is a host name such as cloud.appwrite.io.</extracomment>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>Server %1, project %2</source>
        <translation>Server %1, Projekt %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Choose another server or project</source>
        <translation>Anderen Server oder anderes Projekt wählen</translation>
    </message>
</context>
<context>
    <name>Connections</name>
    <message>
        <source>Enter the API endpoint, like https://cloud.appwrite.io/v1.</source>
        <translation>Geben Sie den API-Endpunkt ein, etwa https://cloud.appwrite.io/v1.</translation>
    </message>
    <message>
        <source>Enter the project ID from the project&apos;s settings.</source>
        <translation>Geben Sie die Projekt-ID aus den Projekteinstellungen ein.</translation>
    </message>
    <message>
        <source>That address answers, but not like an Appwrite server. Check the endpoint (it usually ends in /v1).</source>
        <translation>Diese Adresse antwortet, aber nicht wie ein Appwrite-Server. Prüfen Sie den Endpunkt (er endet meist auf /v1).</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <source>%1, hidden</source>
        <translation>%1, verborgen</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>%1 verbergen</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>Button label; after a click it briefly reads &quot;Copied&quot;.</extracomment>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copied secrets are cleared from the clipboard after a minute.</source>
        <translation>Kopierte Geheimnisse werden nach einer Minute aus der Zwischenablage gelöscht.</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>In die Zwischenablage kopiert</translation>
    </message>
</context>
<context>
    <name>DangerZoneCard</name>
    <message>
        <source>Danger zone</source>
        <translation>Gefahrenbereich</translation>
    </message>
    <message>
        <source>Block your account if you no longer want it to be used. Every sign-in stops working, including this one. Only an administrator of this project can unblock it; you cannot undo it yourself.</source>
        <translation>Sperren Sie Ihr Konto, wenn es nicht mehr verwendet werden soll. Jede Anmeldung funktioniert dann nicht mehr, auch diese. Nur ein Administrator dieses Projekts kann es entsperren; Sie selbst können das nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Block your account?</source>
        <translation>Konto sperren?</translation>
    </message>
    <message>
        <source>%1 will be blocked and signed out everywhere, this device included. To use it again you will have to ask an administrator of this project to unblock it.</source>
        <extracomment>%1 is the account&apos;s email or name.</extracomment>
        <translation>%1 wird gesperrt und überall abgemeldet, auch auf diesem Gerät. Um es wieder zu nutzen, müssen Sie einen Administrator dieses Projekts bitten, es zu entsperren.</translation>
    </message>
    <message>
        <source>This account</source>
        <translation>Dieses Konto</translation>
    </message>
    <message>
        <source>block</source>
        <extracomment>The word the person types to confirm blocking; keep it short and lower-case.</extracomment>
        <translation>sperren</translation>
    </message>
    <message>
        <source>Block account</source>
        <translation>Konto sperren</translation>
    </message>
    <message>
        <source>Block account…</source>
        <translation>Konto sperren…</translation>
    </message>
</context>
<context>
    <name>DeviceIcon</name>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Tablet</translation>
    </message>
    <message>
        <source>Television</source>
        <translation>Fernseher</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>Web browser</source>
        <translation>Webbrowser</translation>
    </message>
    <message>
        <source>Program or script</source>
        <translation>Programm oder Skript</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Unbekanntes Gerät</translation>
    </message>
</context>
<context>
    <name>EmailCard</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Where we send sign-in links, codes and security notices.</source>
        <translation>Hierhin senden wir Anmeldelinks, Codes und Sicherheitshinweise.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>After the change, the new address needs to be verified again.</source>
        <translation>Nach der Änderung muss die neue Adresse erneut bestätigt werden.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Update email address</source>
        <translation>E-Mail-Adresse ändern</translation>
    </message>
</context>
<context>
    <name>EmailCodeScreen</name>
    <message>
        <source>Enter the code</source>
        <translation>Code eingeben</translation>
    </message>
    <message>
        <source>Sign in with an email code</source>
        <translation>Mit einem E-Mail-Code anmelden</translation>
    </message>
    <message>
        <source>We sent a 6-digit code to %1. It works for 15 minutes.</source>
        <extracomment>%1 is an email address.</extracomment>
        <translation>Wir haben einen 6-stelligen Code an %1 gesendet. Er gilt 15 Minuten.</translation>
    </message>
    <message>
        <source>We will email you a one-time code, no password needed.</source>
        <translation>Wir senden Ihnen einen Einmalcode per E-Mail, ganz ohne Passwort.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Email me a code</source>
        <translation>Code per E-Mail</translation>
    </message>
    <message>
        <source>The email shows this security phrase. Only use the code if they match:</source>
        <translation>Die E-Mail zeigt diese Sicherheitsphrase. Verwenden Sie den Code nur, wenn sie übereinstimmt:</translation>
    </message>
</context>
<context>
    <name>EmailVerification</name>
    <message>
        <source>Verify your address</source>
        <translation>Adresse bestätigen</translation>
    </message>
    <message>
        <source>We sent a link to %1. Open it, or paste it below to finish.</source>
        <translation>Wir haben einen Link an %1 gesendet. Öffnen Sie ihn oder fügen Sie ihn unten ein, um abzuschließen.</translation>
    </message>
    <message>
        <source>Verify your address so you can use it to recover your account and as a second step at sign-in.</source>
        <translation>Bestätigen Sie Ihre Adresse, damit Sie damit Ihr Konto wiederherstellen und sie als zweiten Schritt bei der Anmeldung nutzen können.</translation>
    </message>
    <message>
        <source>Link from the email</source>
        <translation>Link aus der E-Mail</translation>
    </message>
    <message>
        <source>https://…?userId=…&amp;secret=…</source>
        <translation>https://…?userId=…&amp;secret=…</translation>
    </message>
    <message>
        <source>That does not look like the verification link. It should contain userId= and secret=.</source>
        <translation>Das sieht nicht wie der Bestätigungslink aus. Er sollte userId= und secret= enthalten.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Send verification email</source>
        <translation>Bestätigungs-E-Mail senden</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Verify email address</source>
        <translation>E-Mail-Adresse bestätigen</translation>
    </message>
</context>
<context>
    <name>EmbeddedSandbox</name>
    <message>
        <source>appwrite-sandbox is not installed next to the app.</source>
        <translation>appwrite-sandbox ist nicht neben der App installiert.</translation>
    </message>
    <message>
        <source>appwrite-sandbox did not start.</source>
        <translation>appwrite-sandbox ist nicht gestartet.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>Servermeldung: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
</context>
<context>
    <name>ErrorBannerContent</name>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Shows the technical error</source>
        <translation>Zeigt den technischen Fehler</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Something went wrong on the server. Please try again.</source>
        <translation>Auf dem Server ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server answered with a test error.</source>
        <translation>Der Server hat mit einem Testfehler geantwortet.</translation>
    </message>
    <message>
        <source>This server does not allow that.</source>
        <translation>Dieser Server erlaubt das nicht.</translation>
    </message>
    <message>
        <source>This project does not accept requests from this app yet. Its owner needs to add the app as a platform.</source>
        <translation>Dieses Projekt nimmt noch keine Anfragen von dieser App an. Der Eigentümer muss die App als Plattform hinzufügen.</translation>
    </message>
    <message>
        <source>This part of the server is turned off for the project.</source>
        <translation>Dieser Teil des Servers ist für das Projekt ausgeschaltet.</translation>
    </message>
    <message>
        <source>Accounts are turned off for this project.</source>
        <translation>Konten sind für dieses Projekt ausgeschaltet.</translation>
    </message>
    <message>
        <source>You are not signed in, or your session has ended. Please sign in again.</source>
        <translation>Sie sind nicht angemeldet oder Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a moment and try again.</source>
        <translation>Zu viele Versuche. Bitte warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This server cannot send emails, so this option is not available.</source>
        <translation>Dieser Server kann keine E-Mails senden, daher ist diese Option nicht verfügbar.</translation>
    </message>
    <message>
        <source>This server cannot send text messages, so this option is not available.</source>
        <translation>Dieser Server kann keine SMS senden, daher ist diese Option nicht verfügbar.</translation>
    </message>
    <message>
        <source>Something you entered is not in the right form. Please check it.</source>
        <translation>Eine Eingabe hat nicht das richtige Format. Bitte prüfen Sie sie.</translation>
    </message>
    <message>
        <source>That asked for too much at once.</source>
        <translation>Das war zu viel auf einmal.</translation>
    </message>
    <message>
        <source>The server did not understand the request.</source>
        <translation>Der Server hat die Anfrage nicht verstanden.</translation>
    </message>
    <message>
        <source>The server does not offer this. It may run an older Appwrite version.</source>
        <translation>Der Server bietet das nicht an. Vielleicht läuft dort eine ältere Appwrite-Version.</translation>
    </message>
    <message>
        <source>The list changed while loading. Please reload it.</source>
        <translation>Die Liste hat sich beim Laden geändert. Bitte laden Sie sie neu.</translation>
    </message>
    <message>
        <source>This server only accepts secure (https) connections.</source>
        <translation>Dieser Server akzeptiert nur sichere (https-)Verbindungen.</translation>
    </message>
    <message>
        <source>Invitation codes are turned off on this server.</source>
        <translation>Einladungscodes sind auf diesem Server ausgeschaltet.</translation>
    </message>
    <message>
        <source>Usage statistics are turned off on this server.</source>
        <translation>Nutzungsstatistiken sind auf diesem Server ausgeschaltet.</translation>
    </message>
    <message>
        <source>This server does not support that yet.</source>
        <translation>Das unterstützt dieser Server noch nicht.</translation>
    </message>
    <message>
        <source>That does not look like an email address.</source>
        <translation>Das sieht nicht wie eine E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <source>That does not look like a phone number. Start it with + and the country code, like +16175551212.</source>
        <translation>Das sieht nicht wie eine Telefonnummer aus. Beginnen Sie mit + und der Ländervorwahl, etwa +16175551212.</translation>
    </message>
    <message>
        <source>This service is not available in your region.</source>
        <translation>Dieser Dienst ist in Ihrer Region nicht verfügbar.</translation>
    </message>
    <message>
        <source>The server could not handle that. Please check what you entered.</source>
        <translation>Der Server konnte das nicht verarbeiten. Bitte prüfen Sie Ihre Eingabe.</translation>
    </message>
    <message>
        <source>This project cannot take new accounts right now.</source>
        <translation>Dieses Projekt kann gerade keine neuen Konten aufnehmen.</translation>
    </message>
    <message>
        <source>Sign-up is restricted on this server.</source>
        <translation>Die Registrierung ist auf diesem Server eingeschränkt.</translation>
    </message>
    <message>
        <source>That token is not valid any more. Create a new one.</source>
        <translation>Dieses Token ist nicht mehr gültig. Erstellen Sie ein neues.</translation>
    </message>
    <message>
        <source>An account with this email address already exists. Try signing in instead.</source>
        <translation>Es gibt bereits ein Konto mit dieser E-Mail-Adresse. Melden Sie sich stattdessen an.</translation>
    </message>
    <message>
        <source>This account has been blocked. Contact the app&apos;s support to get access again.</source>
        <translation>Dieses Konto wurde gesperrt. Wenden Sie sich an den Support der App, um wieder Zugang zu erhalten.</translation>
    </message>
    <message>
        <source>That code or link has expired or was already used. Please ask for a new one.</source>
        <translation>Dieser Code oder Link ist abgelaufen oder wurde schon verwendet. Bitte fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <source>You need to choose a new password before signing in.</source>
        <translation>Sie müssen ein neues Passwort wählen, bevor Sie sich anmelden.</translation>
    </message>
    <message>
        <source>This email address is not allowed to sign up here.</source>
        <translation>Mit dieser E-Mail-Adresse ist hier keine Registrierung möglich.</translation>
    </message>
    <message>
        <source>That invitation code is not valid.</source>
        <translation>Dieser Einladungscode ist nicht gültig.</translation>
    </message>
    <message>
        <source>Sign-up is not allowed from your network.</source>
        <translation>Aus Ihrem Netzwerk ist keine Registrierung möglich.</translation>
    </message>
    <message>
        <source>The email or password is not right. Please check both and try again.</source>
        <translation>E-Mail oder Passwort stimmt nicht. Bitte prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Guest sign-in is not allowed here.</source>
        <translation>Die Anmeldung als Gast ist hier nicht erlaubt.</translation>
    </message>
    <message>
        <source>You are already signed in. Sign out first to use another account.</source>
        <translation>Sie sind bereits angemeldet. Melden Sie sich zuerst ab, um ein anderes Konto zu nutzen.</translation>
    </message>
    <message>
        <source>We could not find that account.</source>
        <translation>Dieses Konto wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Another account already uses this email address.</source>
        <translation>Ein anderes Konto verwendet diese E-Mail-Adresse bereits.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>You used this password recently. Please choose a different one.</source>
        <translation>Dieses Passwort haben Sie kürzlich verwendet. Bitte wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>Your password contains your name, email or phone number. Please choose one that does not.</source>
        <translation>Ihr Passwort enthält Ihren Namen, Ihre E-Mail-Adresse oder Telefonnummer. Bitte wählen Sie eines ohne diese Angaben.</translation>
    </message>
    <message>
        <source>That session has already ended.</source>
        <translation>Diese Sitzung ist bereits beendet.</translation>
    </message>
    <message>
        <source>That linked account is no longer connected.</source>
        <translation>Dieses verknüpfte Konto ist nicht mehr verbunden.</translation>
    </message>
    <message>
        <source>You are not allowed to do that.</source>
        <translation>Das dürfen Sie nicht.</translation>
    </message>
    <message>
        <source>This way of signing in is turned off for this project.</source>
        <translation>Diese Anmeldeart ist für dieses Projekt ausgeschaltet.</translation>
    </message>
    <message>
        <source>Another account already uses this phone number.</source>
        <translation>Ein anderes Konto verwendet diese Telefonnummer bereits.</translation>
    </message>
    <message>
        <source>Your recovery codes were already created. For your safety they can only be shown once; create new ones if you lost them.</source>
        <translation>Ihre Wiederherstellungscodes wurden bereits erstellt. Zu Ihrer Sicherheit werden sie nur einmal angezeigt; erstellen Sie neue, wenn Sie sie verloren haben.</translation>
    </message>
    <message>
        <source>No authenticator app is set up for this account.</source>
        <translation>Für dieses Konto ist keine Authenticator-App eingerichtet.</translation>
    </message>
    <message>
        <source>This account has no recovery codes yet.</source>
        <translation>Dieses Konto hat noch keine Wiederherstellungscodes.</translation>
    </message>
    <message>
        <source>An authenticator app is already set up. Remove it first to add another.</source>
        <translation>Es ist bereits eine Authenticator-App eingerichtet. Entfernen Sie sie zuerst, um eine andere hinzuzufügen.</translation>
    </message>
    <message>
        <source>Add a phone number to your account first.</source>
        <translation>Fügen Sie Ihrem Konto zuerst eine Telefonnummer hinzu.</translation>
    </message>
    <message>
        <source>The sign-in provider did not say who you are. Please try again.</source>
        <translation>Der Anmeldeanbieter hat nicht mitgeteilt, wer Sie sind. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>One more step: confirm it is you with your second factor.</source>
        <translation>Noch ein Schritt: Bestätigen Sie mit Ihrem zweiten Faktor, dass Sie es sind.</translation>
    </message>
    <message>
        <source>For your security, confirm it is you before making this change.</source>
        <translation>Bestätigen Sie zu Ihrer Sicherheit, dass Sie es sind, bevor Sie diese Änderung vornehmen.</translation>
    </message>
    <message>
        <source>The sign-in provider rejected the request. Please try again.</source>
        <translation>Der Anmeldeanbieter hat die Anfrage abgelehnt. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sign-in provider did not let you in.</source>
        <translation>Der Anmeldeanbieter hat Sie nicht hineingelassen.</translation>
    </message>
    <message>
        <source>The sign-in provider had a problem. Please try again later.</source>
        <translation>Beim Anmeldeanbieter ist ein Problem aufgetreten. Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Your email address is already verified.</source>
        <translation>Ihre E-Mail-Adresse ist bereits bestätigt.</translation>
    </message>
    <message>
        <source>Your phone number is already verified.</source>
        <translation>Ihre Telefonnummer ist bereits bestätigt.</translation>
    </message>
    <message>
        <source>This account cannot be deleted while it belongs to a team.</source>
        <translation>Dieses Konto kann nicht gelöscht werden, solange es zu einem Team gehört.</translation>
    </message>
    <message>
        <source>That device is no longer registered.</source>
        <translation>Dieses Gerät ist nicht mehr registriert.</translation>
    </message>
    <message>
        <source>That address or device is already registered with an account.</source>
        <translation>Diese Adresse oder dieses Gerät ist bereits bei einem Konto registriert.</translation>
    </message>
    <message>
        <source>The request mixed two kinds of sign-in.</source>
        <translation>Die Anfrage hat zwei Anmeldearten vermischt.</translation>
    </message>
    <message>
        <source>Add an email address to your account first.</source>
        <translation>Fügen Sie Ihrem Konto zuerst eine E-Mail-Adresse hinzu.</translation>
    </message>
    <message>
        <source>Verify your email address first.</source>
        <translation>Bestätigen Sie zuerst Ihre E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Verify your phone number first.</source>
        <translation>Bestätigen Sie zuerst Ihre Telefonnummer.</translation>
    </message>
    <message>
        <source>Something you entered is not in the right form.</source>
        <translation>Eine Eingabe hat nicht das richtige Format.</translation>
    </message>
    <message>
        <source>There is no project with this ID on that server. Please check the project ID.</source>
        <translation>Auf diesem Server gibt es kein Projekt mit dieser ID. Bitte prüfen Sie die Projekt-ID.</translation>
    </message>
    <message>
        <source>Signing in with this provider is turned off for this project.</source>
        <translation>Die Anmeldung mit diesem Anbieter ist für dieses Projekt ausgeschaltet.</translation>
    </message>
    <message>
        <source>This server does not support that sign-in provider.</source>
        <translation>Dieser Server unterstützt diesen Anmeldeanbieter nicht.</translation>
    </message>
    <message>
        <source>The project does not accept this app&apos;s return address.</source>
        <translation>Das Projekt akzeptiert die Rücksprungadresse dieser App nicht.</translation>
    </message>
    <message>
        <source>The project&apos;s key has expired.</source>
        <translation>Der Schlüssel des Projekts ist abgelaufen.</translation>
    </message>
    <message>
        <source>The server could not find that.</source>
        <translation>Der Server hat das nicht gefunden.</translation>
    </message>
    <message>
        <source>The server did not accept that. Please check what you entered.</source>
        <translation>Der Server hat das nicht akzeptiert. Bitte prüfen Sie Ihre Eingabe.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check your internet connection and the server address.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und die Serveradresse.</translation>
    </message>
    <message>
        <source>The server took too long to answer. Please try again.</source>
        <translation>Der Server hat zu lange für die Antwort gebraucht. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection is not secure: the server&apos;s certificate cannot be trusted.</source>
        <translation>Die Verbindung ist nicht sicher: Dem Zertifikat des Servers kann nicht vertraut werden.</translation>
    </message>
    <message>
        <source>The server sent an answer this app does not understand. Is this an Appwrite server?</source>
        <translation>Der Server hat eine Antwort gesendet, die diese App nicht versteht. Ist das ein Appwrite-Server?</translation>
    </message>
    <message>
        <source>Please check what you entered.</source>
        <translation>Bitte prüfen Sie Ihre Eingabe.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>EventNames</name>
    <message>
        <source>Account created</source>
        <translation>Konto erstellt</translation>
    </message>
    <message>
        <source>Account details changed</source>
        <translation>Kontodaten geändert</translation>
    </message>
    <message>
        <source>Account deleted</source>
        <translation>Konto gelöscht</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Session extended</source>
        <translation>Sitzung verlängert</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Verification requested</source>
        <translation>Bestätigung angefordert</translation>
    </message>
    <message>
        <source>Email or phone verified</source>
        <translation>E-Mail oder Telefon bestätigt</translation>
    </message>
    <message>
        <source>Password reset requested</source>
        <translation>Passwort-Zurücksetzung angefordert</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Passwort zurückgesetzt</translation>
    </message>
    <message>
        <source>Second-factor check started</source>
        <translation>Prüfung des zweiten Faktors gestartet</translation>
    </message>
    <message>
        <source>Second factor confirmed</source>
        <translation>Zweiter Faktor bestätigt</translation>
    </message>
    <message>
        <source>Device added for notifications</source>
        <translation>Gerät für Benachrichtigungen hinzugefügt</translation>
    </message>
    <message>
        <source>Notification device changed</source>
        <translation>Benachrichtigungsgerät geändert</translation>
    </message>
    <message>
        <source>Notification device removed</source>
        <translation>Benachrichtigungsgerät entfernt</translation>
    </message>
    <message>
        <source>Linked account removed</source>
        <translation>Verknüpftes Konto entfernt</translation>
    </message>
    <message>
        <source>Access token created</source>
        <translation>Zugriffstoken erstellt</translation>
    </message>
    <message>
        <source>Account activity (%1)</source>
        <translation>Kontoaktivität (%1)</translation>
    </message>
</context>
<context>
    <name>FactorSwitch</name>
    <message>
        <source>Authenticator app</source>
        <translation>Authenticator-App</translation>
    </message>
    <message>
        <source>Code by email</source>
        <translation>Code per E-Mail</translation>
    </message>
    <message>
        <source>Code by text message</source>
        <translation>Code per SMS</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Use another way</source>
        <translation>Anders bestätigen</translation>
    </message>
    <message>
        <source>Verify with: %1</source>
        <translation>Bestätigen mit: %1</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordScreen</name>
    <message>
        <source>Check your inbox</source>
        <translation>Sehen Sie in Ihr Postfach</translation>
    </message>
    <message>
        <source>Reset your password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>If %1 has an account, we have sent it a link to choose a new password. It works for one hour.</source>
        <extracomment>%1 is an email address. Deliberately says &quot;if&quot;: we do not reveal who has an account.</extracomment>
        <translation>Falls %1 ein Konto hat, haben wir dorthin einen Link zum Wählen eines neuen Passworts gesendet. Er gilt eine Stunde.</translation>
    </message>
    <message>
        <source>Enter the email address you sign in with and we will send you a link to choose a new password.</source>
        <translation>Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden, und wir senden Ihnen einen Link zum Wählen eines neuen Passworts.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Send reset link</source>
        <translation>Link zum Zurücksetzen senden</translation>
    </message>
    <message>
        <source>I have the link</source>
        <translation>Ich habe den Link</translation>
    </message>
    <message>
        <source>I already have a reset link</source>
        <translation>Ich habe schon einen Link zum Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>GuestUpgradeCard</name>
    <message>
        <source>Keep this account</source>
        <translation>Dieses Konto behalten</translation>
    </message>
    <message>
        <source>You are using a guest account: if you sign out, it is gone. Add an email and a password to turn it into a full account. Nothing you have is lost.</source>
        <translation>Sie nutzen ein Gastkonto: Wenn Sie sich abmelden, ist es weg. Fügen Sie eine E-Mail-Adresse und ein Passwort hinzu, um daraus ein vollständiges Konto zu machen. Nichts geht verloren.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation>Passwort wählen</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>Mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>Create full account</source>
        <translation>Vollständiges Konto erstellen</translation>
    </message>
</context>
<context>
    <name>IdentitiesPage</name>
    <message>
        <source>your email and password</source>
        <translation>Ihre E-Mail-Adresse und Ihr Passwort</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>Verknüpfte Konten</translation>
    </message>
    <message>
        <source>Accounts at other services that can sign you in here.</source>
        <translation>Konten bei anderen Diensten, mit denen Sie sich hier anmelden können.</translation>
    </message>
    <message>
        <source>Unlink %1?</source>
        <translation>Verknüpfung mit %1 aufheben?</translation>
    </message>
    <message>
        <source>You will no longer be able to sign in with %1. You can still sign in with: %2.</source>
        <translation>Sie können sich dann nicht mehr mit %1 anmelden. Sie können sich weiterhin anmelden mit: %2.</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung aufheben</translation>
    </message>
    <message>
        <source>An account is linked when you sign in with it. Unlinking it here does not delete it at the provider.</source>
        <translation>Ein Konto wird verknüpft, wenn Sie sich damit anmelden. Das Aufheben hier löscht es beim Anbieter nicht.</translation>
    </message>
    <message>
        <source>No linked accounts</source>
        <translation>Keine verknüpften Konten</translation>
    </message>
    <message>
        <source>When you sign in with a provider such as GitHub or Google, it is linked to this account and shows up here.</source>
        <translation>Wenn Sie sich mit einem Anbieter wie GitHub oder Google anmelden, wird er mit diesem Konto verknüpft und erscheint hier.</translation>
    </message>
    <message>
        <source>%1 is your only way to sign in, so it can&apos;t be unlinked yet. Set a password on the Profile page first; then you can unlink it.</source>
        <translation>%1 ist Ihre einzige Anmeldemöglichkeit, daher kann die Verknüpfung noch nicht aufgehoben werden. Legen Sie zuerst auf der Seite „Profil“ ein Passwort fest; dann geht es.</translation>
    </message>
</context>
<context>
    <name>IdentityRow</name>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Linked %1</source>
        <extracomment>%1 is a relative time such as &quot;2 months ago&quot;.</extracomment>
        <translation>Verknüpft %1</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <extracomment>%1 is a relative time such as &quot;3 days ago&quot;.</extracomment>
        <translation>Zuletzt aktualisiert %1</translation>
    </message>
    <message>
        <source>Unlink…</source>
        <translation>Verknüpfung aufheben…</translation>
    </message>
    <message>
        <source>Unlink %1</source>
        <translation>Verknüpfung mit %1 aufheben</translation>
    </message>
</context>
<context>
    <name>JwtCard</name>
    <message>
        <source>JSON Web Token</source>
        <translation>JSON Web Token</translation>
    </message>
    <message>
        <source>For developers: a token that lets a server call Appwrite as you for 15 minutes. Anyone holding it can act as you, so share it only with your own backend.</source>
        <translation>Für Entwickler: ein Token, mit dem ein Server 15 Minuten lang Appwrite in Ihrem Namen aufrufen kann. Wer es besitzt, kann als Sie handeln – geben Sie es nur an Ihr eigenes Backend weiter.</translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <extracomment>%1 is minutes:seconds left, e.g. &quot;14:32&quot;.</extracomment>
        <translation>Läuft ab in %1</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n minute(s)</source>
        <translation>
            <numerusform>Läuft in %n Minute ab</numerusform>
            <numerusform>Läuft in %n Minuten ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy as X-Appwrite-JWT header</source>
        <translation>Als X-Appwrite-JWT-Header kopieren</translation>
    </message>
    <message>
        <source>The last token has expired and was cleared from this window.</source>
        <translation>Das letzte Token ist abgelaufen und wurde aus diesem Fenster entfernt.</translation>
    </message>
    <message>
        <source>Create another</source>
        <translation>Weiteres erstellen</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>Token erstellen</translation>
    </message>
</context>
<context>
    <name>LanguageComboBox</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>The language picker&apos;s short label when the app follows the system language.</extracomment>
        <translation>System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>LogRow</name>
    <message>
        <source>%1 on %2</source>
        <extracomment>A device: &quot;%1 on %2&quot;, e.g. &quot;Firefox 126 on Windows 11&quot;.</extracomment>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Unbekanntes Gerät</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>MagicLinkScreen</name>
    <message>
        <source>Check your inbox</source>
        <translation>Sehen Sie in Ihr Postfach</translation>
    </message>
    <message>
        <source>Sign in with a link</source>
        <translation>Mit einem Link anmelden</translation>
    </message>
    <message>
        <source>We will email you a link that signs you in, no password needed.</source>
        <translation>Wir senden Ihnen einen Link per E-Mail, der Sie anmeldet, ganz ohne Passwort.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Email me a link</source>
        <translation>Link per E-Mail senden</translation>
    </message>
    <message>
        <source>Waiting for the link…</source>
        <translation>Warten auf den Link…</translation>
    </message>
    <message>
        <source>Link from the email</source>
        <translation>Link aus der E-Mail</translation>
    </message>
    <message>
        <source>Paste the whole link here</source>
        <translation>Fügen Sie hier den ganzen Link ein</translation>
    </message>
    <message>
        <source>This does not look like the sign-in link. Copy the whole address.</source>
        <translation>Das sieht nicht wie der Anmeldelink aus. Kopieren Sie die ganze Adresse.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Use another email</source>
        <translation>Andere E-Mail-Adresse verwenden</translation>
    </message>
    <message>
        <source>We sent a sign-in link to %1. Open it on this computer and the app signs you in, or paste the link here.</source>
        <extracomment>%1 is an email address.</extracomment>
        <translation>Wir haben einen Anmeldelink an %1 gesendet. Öffnen Sie ihn auf diesem Computer, dann meldet die App Sie an, oder fügen Sie den Link hier ein.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 — Appwrite Account</source>
        <extracomment>Window title; %1 is the signed-in person&apos;s email address.</extracomment>
        <translation>%1 – Appwrite Account</translation>
    </message>
    <message>
        <source>Appwrite Account</source>
        <translation>Appwrite Account</translation>
    </message>
    <message>
        <source>Checking your saved session…</source>
        <translation>Ihre gespeicherte Sitzung wird geprüft…</translation>
    </message>
</context>
<context>
    <name>MfaCard</name>
    <message>
        <source>Two-step verification</source>
        <translation>Bestätigung in zwei Schritten</translation>
    </message>
    <message>
        <source>After your password, sign-in also asks for a code from something only you have. Someone who learns your password still cannot get in.</source>
        <translation>Nach Ihrem Passwort fragt die Anmeldung auch nach einem Code von etwas, das nur Sie haben. Wer Ihr Passwort erfährt, kommt trotzdem nicht hinein.</translation>
    </message>
    <message>
        <source>On: sign-in asks for a second step.</source>
        <translation>An: Die Anmeldung verlangt einen zweiten Schritt.</translation>
    </message>
    <message>
        <source>Off: your password alone signs you in.</source>
        <translation>Aus: Ihr Passwort allein meldet Sie an.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>To turn it on, first add an authenticator app below, or verify your email or phone on the Profile page.</source>
        <translation>Zum Einschalten fügen Sie zuerst unten eine Authenticator-App hinzu oder bestätigen Sie Ihre E-Mail-Adresse oder Telefonnummer auf der Seite „Profil“.</translation>
    </message>
    <message>
        <source>Second steps</source>
        <translation>Zweite Schritte</translation>
    </message>
    <message>
        <source>Authenticator app</source>
        <translation>Authenticator-App</translation>
    </message>
    <message>
        <source>A 6-digit code that changes every 30 seconds, from an app on your phone or computer.</source>
        <translation>Ein 6-stelliger Code, der alle 30 Sekunden wechselt, aus einer App auf Ihrem Telefon oder Computer.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add an authenticator app</source>
        <translation>Authenticator-App hinzufügen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove the authenticator app</source>
        <translation>Authenticator-App entfernen</translation>
    </message>
    <message>
        <source>Code by email</source>
        <translation>Code per E-Mail</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Gesendet an %1.</translation>
    </message>
    <message>
        <source>Available once your email address is verified (Profile page).</source>
        <translation>Verfügbar, sobald Ihre E-Mail-Adresse bestätigt ist (Seite „Profil“).</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Needs a verified email</source>
        <translation>Benötigt bestätigte E-Mail</translation>
    </message>
    <message>
        <source>Code by text message</source>
        <translation>Code per SMS</translation>
    </message>
    <message>
        <source>Available once your phone number is verified (Profile page).</source>
        <translation>Verfügbar, sobald Ihre Telefonnummer bestätigt ist (Seite „Profil“).</translation>
    </message>
    <message>
        <source>Needs a verified phone</source>
        <translation>Benötigt bestätigte Telefonnummer</translation>
    </message>
    <message>
        <source>If you lose your device</source>
        <translation>Falls Sie Ihr Gerät verlieren</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>Single-use codes that get you in without your second step.</source>
        <translation>Einmalcodes, mit denen Sie ohne Ihren zweiten Schritt hineinkommen.</translation>
    </message>
    <message>
        <source>Create them now, before you need them.</source>
        <translation>Erstellen Sie sie jetzt, bevor Sie sie brauchen.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Create recovery codes</source>
        <translation>Wiederherstellungscodes erstellen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show recovery codes</source>
        <translation>Wiederherstellungscodes anzeigen</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erstellen</translation>
    </message>
    <message>
        <source>Make new recovery codes; the old ones stop working</source>
        <translation>Neue Wiederherstellungscodes erstellen; die alten werden ungültig</translation>
    </message>
</context>
<context>
    <name>MfaChallengeScreen</name>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Confirm it&apos;s you</source>
        <translation>Bestätigen Sie, dass Sie es sind</translation>
    </message>
    <message>
        <source>Enter the 6-digit code your authenticator app shows for this account.</source>
        <translation>Geben Sie den 6-stelligen Code ein, den Ihre Authenticator-App für dieses Konto anzeigt.</translation>
    </message>
    <message>
        <source>We emailed you a 6-digit code. Enter it here.</source>
        <translation>Wir haben Ihnen einen 6-stelligen Code per E-Mail gesendet. Geben Sie ihn hier ein.</translation>
    </message>
    <message>
        <source>We texted you a 6-digit code. Enter it here.</source>
        <translation>Wir haben Ihnen einen 6-stelligen Code per SMS gesendet. Geben Sie ihn hier ein.</translation>
    </message>
    <message>
        <source>Enter one of the recovery codes you saved when you turned on two-step verification. Each code works once.</source>
        <translation>Geben Sie einen der Wiederherstellungscodes ein, die Sie beim Einschalten der Bestätigung in zwei Schritten gespeichert haben. Jeder Code funktioniert einmal.</translation>
    </message>
    <message>
        <source>Your account asks for a second step. Checking which ones you have…</source>
        <translation>Ihr Konto verlangt einen zweiten Schritt. Wir prüfen, welche Sie haben…</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Code wird gesendet…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>e.g. 3f9a2c71b0</source>
        <translation>z. B. 3f9a2c71b0</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Lost your phone? Use a recovery code, or ask the app&apos;s support to reset your second step.</source>
        <translation>Telefon verloren? Verwenden Sie einen Wiederherstellungscode oder bitten Sie den Support der App, Ihren zweiten Schritt zurückzusetzen.</translation>
    </message>
</context>
<context>
    <name>NameCard</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>How you appear in apps that use this account.</source>
        <translation>So erscheinen Sie in Apps, die dieses Konto nutzen.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Update name</source>
        <translation>Namen ändern</translation>
    </message>
</context>
<context>
    <name>NewPrefRow</name>
    <message>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <source>Key of the new preference</source>
        <translation>Schlüssel der neuen Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Value of the new preference</source>
        <translation>Wert der neuen Einstellung</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>OAuthWaitScreen</name>
    <message>
        <source>Continue with %1</source>
        <extracomment>%1 is a provider such as GitHub.</extracomment>
        <translation>Weiter mit %1</translation>
    </message>
    <message>
        <source>Finish signing in with %1 in your browser. When it is done, this window continues on its own.</source>
        <translation>Schließen Sie die Anmeldung mit %1 in Ihrem Browser ab. Danach geht es in diesem Fenster von selbst weiter.</translation>
    </message>
    <message>
        <source>Open the browser again</source>
        <translation>Browser erneut öffnen</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Browser did not come back?</source>
        <translation>Browser kam nicht zurück?</translation>
    </message>
    <message>
        <source>Address the browser ended on</source>
        <translation>Adresse, auf der der Browser gelandet ist</translation>
    </message>
    <message>
        <source>Paste it here</source>
        <translation>Hier einfügen</translation>
    </message>
    <message>
        <source>This address has no sign-in details. Copy it from the browser&apos;s address bar.</source>
        <translation>Diese Adresse enthält keine Anmeldedaten. Kopieren Sie sie aus der Adressleiste des Browsers.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Signing you in…</source>
        <translation>Sie werden angemeldet…</translation>
    </message>
    <message>
        <source>Waiting for %1… (%2 left)</source>
        <extracomment>%1 is a provider such as GitHub, %2 the time left, as 4:59.</extracomment>
        <translation>Warten auf %1… (noch %2)</translation>
    </message>
    <message>
        <source>No browser opened. Copy the sign-in address and open it in your browser.</source>
        <translation>Es wurde kein Browser geöffnet. Kopieren Sie die Anmeldeadresse und öffnen Sie sie in Ihrem Browser.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Copy the sign-in address, to open it in another browser</source>
        <translation>Anmeldeadresse kopieren, um sie in einem anderen Browser zu öffnen</translation>
    </message>
</context>
<context>
    <name>OutboxMessage</name>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%1 an %2: %3</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>To %1</source>
        <extracomment>%1 is an email address or phone number.</extracomment>
        <translation>An %1</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Security phrase: %1</source>
        <translation>Sicherheitsphrase: %1</translation>
    </message>
    <message>
        <source>Verify the address</source>
        <translation>Adresse bestätigen</translation>
    </message>
    <message>
        <source>Reset the password…</source>
        <translation>Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>Sign in with this link</source>
        <translation>Mit diesem Link anmelden</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Sandbox outbox</source>
        <translation>Sandbox-Postausgang</translation>
    </message>
    <message>
        <source>Emails and text messages the local sandbox would have sent. Nothing here left this computer.</source>
        <translation>E-Mails und SMS, die die lokale Sandbox gesendet hätte. Nichts davon hat diesen Computer verlassen.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>You are already signed in. Sign out first to try this sign-in link.</source>
        <translation>Sie sind bereits angemeldet. Melden Sie sich zuerst ab, um diesen Anmeldelink auszuprobieren.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>The outbox is empty</source>
        <translation>Der Postausgang ist leer</translation>
    </message>
    <message>
        <source>When you ask for a sign-in link, a code, a verification or a password reset, the message appears here within a few seconds.</source>
        <translation>Wenn Sie einen Anmeldelink, einen Code, eine Bestätigung oder eine Passwort-Zurücksetzung anfordern, erscheint die Nachricht hier innerhalb weniger Sekunden.</translation>
    </message>
</context>
<context>
    <name>PageSlot</name>
    <message>
        <source>This page could not be opened. Other pages still work.</source>
        <translation>Diese Seite konnte nicht geöffnet werden. Die anderen Seiten funktionieren weiterhin.</translation>
    </message>
</context>
<context>
    <name>PasswordCard</name>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Set a password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <source>Use at least 8 characters. A long phrase is easier to remember and harder to guess.</source>
        <translation>Verwenden Sie mindestens 8 Zeichen. Ein langer Satz ist leichter zu merken und schwerer zu erraten.</translation>
    </message>
    <message>
        <source>You signed in without a password. Set one to also sign in with your email and a password.</source>
        <translation>Sie haben sich ohne Passwort angemeldet. Legen Sie eines fest, um sich auch mit E-Mail und Passwort anzumelden.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>Mindestens 8 Zeichen.</translation>
    </message>
    <message numerus="yes">
        <source>%n more character(s) needed.</source>
        <translation>
            <numerusform>Noch %n Zeichen nötig.</numerusform>
            <numerusform>Noch %n Zeichen nötig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use at most 256 characters.</source>
        <translation>Verwenden Sie höchstens 256 Zeichen.</translation>
    </message>
    <message>
        <source>Sign out of all other devices (recommended)</source>
        <translation>Von allen anderen Geräten abmelden (empfohlen)</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Passwort geändert.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Passwort festlegen</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Hide password</source>
        <translation>Passwort verbergen</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
</context>
<context>
    <name>PhoneCard</name>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Used for sign-in codes by text message and as a second step at sign-in.</source>
        <translation>Für Anmeldecodes per SMS und als zweiter Schritt bei der Anmeldung.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>+14155550123</source>
        <translation>+14155550123</translation>
    </message>
    <message>
        <source>Use the international format: a plus sign, the country code, then the number.</source>
        <translation>Verwenden Sie das internationale Format: ein Pluszeichen, die Ländervorwahl, dann die Nummer.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Telefonnummer hinzufügen</translation>
    </message>
    <message>
        <source>Update phone number</source>
        <translation>Telefonnummer ändern</translation>
    </message>
</context>
<context>
    <name>PhoneVerification</name>
    <message>
        <source>Verify your number</source>
        <translation>Nummer bestätigen</translation>
    </message>
    <message>
        <source>We texted a 6-digit code to %1. Enter it below.</source>
        <translation>Wir haben einen 6-stelligen Code an %1 gesendet. Geben Sie ihn unten ein.</translation>
    </message>
    <message>
        <source>Verify your number so it can be used as a second step at sign-in.</source>
        <translation>Bestätigen Sie Ihre Nummer, damit sie als zweiter Schritt bei der Anmeldung genutzt werden kann.</translation>
    </message>
    <message>
        <source>Code from the text message</source>
        <translation>Code aus der SMS</translation>
    </message>
    <message>
        <source>Text me again</source>
        <translation>Erneut per SMS senden</translation>
    </message>
    <message>
        <source>Text me a code</source>
        <translation>Code per SMS</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Verify phone number</source>
        <translation>Telefonnummer bestätigen</translation>
    </message>
</context>
<context>
    <name>PrefRow</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Key of preference %1</source>
        <translation>Schlüssel der Einstellung %1</translation>
    </message>
    <message>
        <source>Value: text, a number, true/false, or JSON</source>
        <translation>Wert: Text, eine Zahl, true/false oder JSON</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>Wert von %1</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>PreferencesModel</name>
    <message>
        <source>This is not valid JSON: %1.</source>
        <translation>Das ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>Enter a name for this preference.</source>
        <translation>Geben Sie einen Namen für diese Einstellung ein.</translation>
    </message>
    <message>
        <source>Another preference has the same name.</source>
        <translation>Eine andere Einstellung hat denselben Namen.</translation>
    </message>
    <message>
        <source>Preferences can take up to 64 kB; these take %1 bytes.</source>
        <translation>Einstellungen dürfen bis zu 64 kB groß sein; diese belegen %1 Byte.</translation>
    </message>
    <message>
        <source>Fix the marked preferences first.</source>
        <translation>Korrigieren Sie zuerst die markierten Einstellungen.</translation>
    </message>
</context>
<context>
    <name>PreferencesPage</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings that apps built on this project keep for you, such as a theme or a language. Changes are saved together.</source>
        <translation>Einstellungen, die Apps dieses Projekts für Sie speichern, etwa ein Design oder eine Sprache. Änderungen werden gemeinsam gespeichert.</translation>
    </message>
    <message>
        <source>Your preferences</source>
        <translation>Ihre Einstellungen</translation>
    </message>
    <message>
        <source>Values that read as JSON (numbers, true/false, objects, lists) are saved as JSON; anything else as text.</source>
        <translation>Werte, die als JSON lesbar sind (Zahlen, true/false, Objekte, Listen), werden als JSON gespeichert, alles andere als Text.</translation>
    </message>
    <message>
        <source>No preferences yet</source>
        <translation>Noch keine Einstellungen</translation>
    </message>
    <message>
        <source>Apps that use this account store settings here. You can add your own below.</source>
        <translation>Apps, die dieses Konto nutzen, speichern hier Einstellungen. Sie können unten eigene hinzufügen.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Throws away your changes and shows what is saved</source>
        <translation>Verwirft Ihre Änderungen und zeigt den gespeicherten Stand</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Your name and the ways we can reach you.</source>
        <translation>Ihr Name und die Wege, auf denen wir Sie erreichen.</translation>
    </message>
</context>
<context>
    <name>PushTargetRow</name>
    <message>
        <source>Device token of %1</source>
        <translation>Geräte-Token von %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Anbieter: %1</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Hinzugefügt %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Remove this push target</source>
        <translation>Dieses Push-Ziel entfernen</translation>
    </message>
</context>
<context>
    <name>PushTargetsCard</name>
    <message>
        <source>Push notification targets</source>
        <translation>Ziele für Push-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Devices registered to receive push notifications from this project. Remove ones you no longer use.</source>
        <translation>Geräte, die Push-Benachrichtigungen von diesem Projekt erhalten. Entfernen Sie die, die Sie nicht mehr nutzen.</translation>
    </message>
    <message>
        <source>No devices are registered. Apps register one when you allow notifications; you can also add a device token by hand below.</source>
        <translation>Es sind keine Geräte registriert. Apps registrieren eines, wenn Sie Benachrichtigungen erlauben; Sie können unten auch ein Geräte-Token von Hand hinzufügen.</translation>
    </message>
    <message>
        <source>Add a device</source>
        <translation>Gerät hinzufügen</translation>
    </message>
    <message>
        <source>Device token</source>
        <translation>Geräte-Token</translation>
    </message>
    <message>
        <source>Provider ID (optional)</source>
        <translation>Anbieter-ID (optional)</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>The token your push service gave this device</source>
        <translation>Das Token, das Ihr Push-Dienst diesem Gerät gegeben hat</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>QR-Code für Ihre Authenticator-App</translation>
    </message>
    <message>
        <source>Can&apos;t scan it? Type this key into your authenticator app instead:</source>
        <translation>Scannen klappt nicht? Geben Sie stattdessen diesen Schlüssel in Ihre Authenticator-App ein:</translation>
    </message>
    <message>
        <source>setup key</source>
        <extracomment>Accessible name: the authenticator secret (TOTP key).</extracomment>
        <translation>Einrichtungsschlüssel</translation>
    </message>
    <message>
        <source>Copy the setup link instead</source>
        <extracomment>Copies the otpauth:// link, which some password managers accept.</extracomment>
        <translation>Stattdessen den Einrichtungslink kopieren</translation>
    </message>
    <message>
        <source>Setup link copied</source>
        <translation>Einrichtungslink kopiert</translation>
    </message>
</context>
<context>
    <name>RateLimitBanner</name>
    <message>
        <source>You can try again now.</source>
        <translation>Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait before trying again.</source>
        <translation>Zu viele Versuche. Bitte warten Sie, bevor Sie es erneut versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n minute(s).</source>
        <extracomment>A countdown shown after too many attempts, in whole minutes (more than one).</extracomment>
        <translation>
            <numerusform>Zu viele Versuche. Versuchen Sie es in %n Minute erneut.</numerusform>
            <numerusform>Zu viele Versuche. Versuchen Sie es in %n Minuten erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <extracomment>A countdown shown after too many attempts; it counts down every second.</extracomment>
        <translation>
            <numerusform>Zu viele Versuche. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Versuche. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryCodesDialog</name>
    <message>
        <source>Recovery codes for %1 (%2)</source>
        <translation>Wiederherstellungscodes für %1 (%2)</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>Copied code %1. It is cleared from the clipboard in a minute.</source>
        <translation>Code %1 kopiert. Er wird in einer Minute aus der Zwischenablage gelöscht.</translation>
    </message>
    <message>
        <source>Saved. Only you can open the file.</source>
        <translation>Gespeichert. Nur Sie können die Datei öffnen.</translation>
    </message>
    <message>
        <source>Getting your recovery codes</source>
        <translation>Ihre Wiederherstellungscodes werden abgerufen</translation>
    </message>
    <message>
        <source>Save these codes now: they are shown only once. Each one lets you in a single time if you lose your authenticator.</source>
        <translation>Speichern Sie diese Codes jetzt: Sie werden nur einmal angezeigt. Jeder lässt Sie einmal hinein, falls Sie Ihren Authenticator verlieren.</translation>
    </message>
    <message>
        <source>Recovery code %1: %2</source>
        <translation>Wiederherstellungscode %1: %2</translation>
    </message>
    <message>
        <source>Copy recovery code %1</source>
        <translation>Wiederherstellungscode %1 kopieren</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Alle kopieren</translation>
    </message>
    <message>
        <source>Copy all recovery codes</source>
        <translation>Alle Wiederherstellungscodes kopieren</translation>
    </message>
    <message>
        <source>Copied all codes. They are cleared from the clipboard in a minute.</source>
        <translation>Alle Codes kopiert. Sie werden in einer Minute aus der Zwischenablage gelöscht.</translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation>Als Text speichern…</translation>
    </message>
    <message>
        <source>Save recovery codes as a text file</source>
        <translation>Wiederherstellungscodes als Textdatei speichern</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erstellen</translation>
    </message>
    <message>
        <source>Make new recovery codes; the old ones stop working</source>
        <translation>Neue Wiederherstellungscodes erstellen; die alten werden ungültig</translation>
    </message>
    <message>
        <source>I saved them</source>
        <translation>Ich habe sie gespeichert</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save recovery codes as a PDF file</source>
        <translation>Wiederherstellungscodes als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print recovery codes</source>
        <translation>Wiederherstellungscodes drucken</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodesFile</name>
    <message>
        <source>Choose a file on this computer.</source>
        <translation>Wählen Sie eine Datei auf diesem Computer.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Appwrite Account</source>
        <translation>Appwrite Account</translation>
    </message>
    <message>
        <source>Each code works once. Keep this page somewhere safe.</source>
        <translation>Jeder Code funktioniert einmal. Bewahren Sie dieses Blatt sicher auf.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Saved, but could not make %1 private to you.</source>
        <translation>Gespeichert, aber %1 konnte nicht nur für Sie lesbar gemacht werden.</translation>
    </message>
    <message>
        <source>Printing is not available here. Save the codes as a PDF instead.</source>
        <translation>Drucken ist hier nicht möglich. Speichern Sie die Codes stattdessen als PDF.</translation>
    </message>
    <message>
        <source>Print recovery codes</source>
        <translation>Wiederherstellungscodes drucken</translation>
    </message>
    <message>
        <source>The printer reported an error. Try again, or save the codes as a PDF.</source>
        <translation>Der Drucker hat einen Fehler gemeldet. Versuchen Sie es erneut oder speichern Sie die Codes als PDF.</translation>
    </message>
    <message>
        <source>Saving is not available here. Copy the codes instead.</source>
        <translation>Speichern ist hier nicht möglich. Kopieren Sie die Codes stattdessen.</translation>
    </message>
    <message>
        <source>Save recovery codes as PDF</source>
        <translation>Wiederherstellungscodes als PDF speichern</translation>
    </message>
    <message>
        <source>Save recovery codes as text</source>
        <translation>Wiederherstellungscodes als Text speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>in a moment</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveAuthenticatorDialog</name>
    <message>
        <source>Remove the authenticator app?</source>
        <translation>Authenticator-App entfernen?</translation>
    </message>
    <message>
        <source>Two-step verification is on and this app is your only second step, so removing it would leave sign-in with your password alone. Turn two-step verification off first, or verify your email or phone on the Profile page so you keep a second step.</source>
        <translation>Die Bestätigung in zwei Schritten ist an und diese App ist Ihr einziger zweiter Schritt – nach dem Entfernen würde Ihr Passwort allein zur Anmeldung reichen. Schalten Sie zuerst die Bestätigung in zwei Schritten aus oder bestätigen Sie Ihre E-Mail-Adresse oder Telefonnummer auf der Seite „Profil“, damit Ihnen ein zweiter Schritt bleibt.</translation>
    </message>
    <message>
        <source>Codes from the app will no longer be accepted. To confirm, enter a current code from the app, or one of your recovery codes if you no longer have the device.</source>
        <translation>Codes aus der App werden nicht mehr akzeptiert. Geben Sie zur Bestätigung einen aktuellen Code aus der App ein oder einen Ihrer Wiederherstellungscodes, falls Sie das Gerät nicht mehr haben.</translation>
    </message>
    <message>
        <source>6-digit code or recovery code</source>
        <translation>6-stelliger Code oder Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Code from the authenticator app, or a recovery code</source>
        <translation>Code aus der Authenticator-App oder ein Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the authenticator app</source>
        <translation>Authenticator-App entfernen</translation>
    </message>
</context>
<context>
    <name>ResendButton</name>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n s</source>
        <extracomment>%1 is the button text (&quot;Send again&quot;), %n the seconds left before it can be used.</extracomment>
        <translation>
            <numerusform>%1 in %n s</numerusform>
            <numerusform>%1 in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>Neues Passwort wählen</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>Mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Passwort festlegen</translation>
    </message>
</context>
<context>
    <name>ResetPasswordScreen</name>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Neues Passwort wählen</translation>
    </message>
    <message>
        <source>You can now sign in with your new password.</source>
        <translation>Sie können sich jetzt mit Ihrem neuen Passwort anmelden.</translation>
    </message>
    <message>
        <source>Paste the link from the email, then choose your new password.</source>
        <translation>Fügen Sie den Link aus der E-Mail ein und wählen Sie dann Ihr neues Passwort.</translation>
    </message>
    <message>
        <source>Link from the email</source>
        <translation>Link aus der E-Mail</translation>
    </message>
    <message>
        <source>Paste the whole link here</source>
        <translation>Fügen Sie hier den ganzen Link ein</translation>
    </message>
    <message>
        <source>This does not look like the reset link. Copy the whole address from the email.</source>
        <translation>Das sieht nicht wie der Link zum Zurücksetzen aus. Kopieren Sie die ganze Adresse aus der E-Mail.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>Mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Your reset link is here. Choose your new password.</source>
        <translation>Ihr Link zum Zurücksetzen ist da. Wählen Sie Ihr neues Passwort.</translation>
    </message>
</context>
<context>
    <name>SavedConnectionRow</name>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>Forget %1</source>
        <translation>%1 vergessen</translation>
    </message>
    <message>
        <source>Forget this connection?</source>
        <translation>Diese Verbindung vergessen?</translation>
    </message>
    <message>
        <source>%1 disappears from this list and you are signed out of it on this computer. Your account itself is not touched.</source>
        <extracomment>%1 is a connection&apos;s name.</extracomment>
        <translation>%1 verschwindet aus dieser Liste und Sie werden dort auf diesem Computer abgemeldet. Ihr Konto selbst bleibt unberührt.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Protect your account with a second step at sign-in.</source>
        <translation>Schützen Sie Ihr Konto mit einem zweiten Schritt bei der Anmeldung.</translation>
    </message>
    <message>
        <source>Turn off two-step verification?</source>
        <translation>Bestätigung in zwei Schritten ausschalten?</translation>
    </message>
    <message>
        <source>Signing in will only need your password. Your authenticator and recovery codes stay set up, so you can turn it back on at any time.</source>
        <translation>Zur Anmeldung genügt dann Ihr Passwort. Ihr Authenticator und Ihre Wiederherstellungscodes bleiben eingerichtet, sodass Sie sie jederzeit wieder einschalten können.</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Make new recovery codes?</source>
        <translation>Neue Wiederherstellungscodes erstellen?</translation>
    </message>
    <message>
        <source>Your current recovery codes stop working as soon as the new ones are made. You may be asked to confirm it&apos;s you first.</source>
        <translation>Ihre aktuellen Wiederherstellungscodes werden ungültig, sobald die neuen erstellt sind. Eventuell müssen Sie zuerst bestätigen, dass Sie es sind.</translation>
    </message>
    <message>
        <source>Make new codes</source>
        <translation>Neue Codes erstellen</translation>
    </message>
</context>
<context>
    <name>SessionFileConfirm</name>
    <message>
        <source>Keep the session in a file?</source>
        <translation>Sitzung in einer Datei speichern?</translation>
    </message>
    <message>
        <source>No system keyring (Secret Service or KWallet) is available. The app can keep your session in %1, readable only by your user account but not encrypted: anyone with access to your account or your backups could use it. You can forget it at any time.</source>
        <extracomment>%1 is the path of the file.</extracomment>
        <translation>Es ist kein System-Schlüsselbund (Secret Service oder KWallet) verfügbar. Die App kann Ihre Sitzung in %1 speichern, nur für Ihr Benutzerkonto lesbar, aber unverschlüsselt: Wer Zugriff auf Ihr Benutzerkonto oder Ihre Sicherungen hat, könnte sie verwenden. Sie können sie jederzeit vergessen.</translation>
    </message>
    <message>
        <source>Keep me signed in</source>
        <translation>Angemeldet bleiben</translation>
    </message>
</context>
<context>
    <name>SessionRow</name>
    <message>
        <source>%1 on %2</source>
        <extracomment>A signed-in device: &quot;%1 on %2&quot;, e.g. &quot;Firefox 126 on Windows 11&quot;.</extracomment>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Unbekanntes Gerät</translation>
    </message>
    <message>
        <source>This device: %1</source>
        <translation>Dieses Gerät: %1</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Dieses Gerät</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Email link</source>
        <translation>E-Mail-Link</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Signed in %1</source>
        <extracomment>%1 is a relative time such as &quot;3 days ago&quot;.</extracomment>
        <translation>Angemeldet %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <extracomment>%1 is a relative time such as &quot;in 11 months&quot;.</extracomment>
        <translation>Läuft %1 ab</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out %1</source>
        <translation>%1 abmelden</translation>
    </message>
</context>
<context>
    <name>SessionStorageNotice</name>
    <message>
        <source>You stay signed in through a private file on this computer.</source>
        <translation>Sie bleiben über eine private Datei auf diesem Computer angemeldet.</translation>
    </message>
    <message>
        <source>You&apos;ll need to sign in again next time: no keyring</source>
        <translation>Beim nächsten Mal müssen Sie sich erneut anmelden: kein Schlüsselbund</translation>
    </message>
    <message>
        <source>Forget it</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Keep me signed in with a file…</source>
        <translation>Mit einer Datei angemeldet bleiben…</translation>
    </message>
    <message>
        <source>Hide this notice (the account menu keeps the choice)</source>
        <extracomment>Closes the sidebar notice about the keyring; the choice stays in the account menu.</extracomment>
        <translation>Hinweis ausblenden (die Auswahl bleibt im Kontomenü)</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Sessions &amp; devices</source>
        <translation>Sitzungen &amp; Geräte</translation>
    </message>
    <message>
        <source>Where your account is signed in right now. Sign out anything you don&apos;t recognise, then change your password.</source>
        <translation>Wo Ihr Konto gerade angemeldet ist. Melden Sie alles ab, was Sie nicht kennen, und ändern Sie dann Ihr Passwort.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Sign out %1?</source>
        <translation>%1 abmelden?</translation>
    </message>
    <message>
        <source>Sign out all other devices?</source>
        <translation>Alle anderen Geräte abmelden?</translation>
    </message>
    <message>
        <source>Sign out everywhere?</source>
        <translation>Überall abmelden?</translation>
    </message>
    <message>
        <source>That device will need to sign in again. This device stays signed in.</source>
        <translation>Dieses Gerät muss sich dann neu anmelden. Ihr aktuelles Gerät bleibt angemeldet.</translation>
    </message>
    <message>
        <source>Every device except this one will need to sign in again.</source>
        <translation>Alle Geräte außer diesem müssen sich neu anmelden.</translation>
    </message>
    <message>
        <source>Every device, including this one, will be signed out. You will need to sign in again here too.</source>
        <translation>Alle Geräte, auch dieses, werden abgemeldet. Sie müssen sich auch hier neu anmelden.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out others</source>
        <translation>Andere abmelden</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>Überall abmelden</translation>
    </message>
    <message>
        <source>Signed-in devices</source>
        <translation>Angemeldete Geräte</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s). Times are shown in your local time; hover for the exact time.</source>
        <translation>
            <numerusform>%n Sitzung. Zeiten in Ihrer Ortszeit; für die genaue Zeit mit der Maus darauf zeigen.</numerusform>
            <numerusform>%n Sitzungen. Zeiten in Ihrer Ortszeit; für die genaue Zeit mit der Maus darauf zeigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No other device is signed in. If you sign in somewhere else, it shows up here.</source>
        <translation>Kein anderes Gerät ist angemeldet. Wenn Sie sich woanders anmelden, erscheint es hier.</translation>
    </message>
    <message>
        <source>Extend this session</source>
        <translation>Diese Sitzung verlängern</translation>
    </message>
    <message>
        <source>Keeps this device signed in for longer</source>
        <translation>Hält dieses Gerät länger angemeldet</translation>
    </message>
    <message>
        <source>Sign out everywhere…</source>
        <translation>Überall abmelden…</translation>
    </message>
    <message>
        <source>Sign out other devices…</source>
        <translation>Andere Geräte abmelden…</translation>
    </message>
</context>
<context>
    <name>ShellHeader</name>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Local sandbox: open the outbox</source>
        <translation>Lokale Sandbox: Postausgang öffnen</translation>
    </message>
    <message>
        <source>Project %1 on %2</source>
        <translation>Projekt %1 auf %2</translation>
    </message>
    <message>
        <source>Practice server on this computer. Click to read the emails and texts it sent.</source>
        <translation>Übungsserver auf diesem Computer. Klicken Sie, um die gesendeten E-Mails und SMS zu lesen.</translation>
    </message>
    <message>
        <source>Server %1, project %2</source>
        <translation>Server %1, Projekt %2</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signed in as %1. Account menu</source>
        <extracomment>%1 is a name or email address.</extracomment>
        <translation>Angemeldet als %1. Kontomenü</translation>
    </message>
    <message>
        <source>No email yet</source>
        <translation>Noch keine E-Mail-Adresse</translation>
    </message>
</context>
<context>
    <name>ShellSidebar</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Appwrite Account %1</source>
        <extracomment>%1 is the app&apos;s version number.</extracomment>
        <translation>Appwrite Account %1</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to your practice account on the local sandbox.</source>
        <translation>Melden Sie sich bei Ihrem Übungskonto auf der lokalen Sandbox an.</translation>
    </message>
    <message>
        <source>Sign in to your account for project %1.</source>
        <translation>Melden Sie sich bei Ihrem Konto für das Projekt %1 an.</translation>
    </message>
    <message>
        <source>Sign in to your account.</source>
        <translation>Melden Sie sich bei Ihrem Konto an.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Passwort vergessen?</translation>
    </message>
    <message>
        <source>or</source>
        <extracomment>Separates the password form from the other ways to sign in.</extracomment>
        <translation>oder</translation>
    </message>
    <message>
        <source>Email me a sign-in link</source>
        <translation>Anmeldelink per E-Mail senden</translation>
    </message>
    <message>
        <source>Email me a code</source>
        <translation>Code per E-Mail</translation>
    </message>
    <message>
        <source>Text me a code</source>
        <translation>Code per SMS</translation>
    </message>
    <message>
        <source>Continue with %1</source>
        <extracomment>%1 is a sign-in provider such as GitHub.</extracomment>
        <translation>Weiter mit %1</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>Continue as guest</source>
        <translation>Als Gast fortfahren</translation>
    </message>
    <message>
        <source>Try the app without an email address; you can add one later.</source>
        <translation>Probieren Sie die App ohne E-Mail-Adresse aus; Sie können später eine hinzufügen.</translation>
    </message>
    <message>
        <source>Sign in to finish verifying your email address: the link you opened is applied as soon as you are signed in.</source>
        <translation>Melden Sie sich an, um die Bestätigung Ihrer E-Mail-Adresse abzuschließen: Der geöffnete Link wird angewendet, sobald Sie angemeldet sind.</translation>
    </message>
</context>
<context>
    <name>SignUpScreen</name>
    <message>
        <source>Create your account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>Your name helps people recognise you; you can change everything later.</source>
        <translation>An Ihrem Namen erkennen andere Sie; Sie können später alles ändern.</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>At least 8 characters. A few unusual words make a strong one.</source>
        <translation>Mindestens 8 Zeichen. Ein paar ungewöhnliche Wörter ergeben ein starkes Passwort.</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>I already have an account</source>
        <translation>Ich habe bereits ein Konto</translation>
    </message>
</context>
<context>
    <name>SizeMeter</name>
    <message>
        <source>%1 kB of %2 kB used</source>
        <translation>%1 kB von %2 kB belegt</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) of %1 kB used</source>
        <extracomment>Size of the saved preferences: &quot;1.2 kB of 64 kB used&quot;. Size of small saved preferences: &quot;40 bytes of 64 kB used&quot;.</extracomment>
        <translation>
            <numerusform>%n Byte von %1 kB belegt</numerusform>
            <numerusform>%n Byte von %1 kB belegt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmsCodeScreen</name>
    <message>
        <source>Enter the code</source>
        <translation>Code eingeben</translation>
    </message>
    <message>
        <source>Sign in with a text message</source>
        <translation>Mit einer SMS anmelden</translation>
    </message>
    <message>
        <source>We texted a 6-digit code to %1.</source>
        <extracomment>%1 is a phone number.</extracomment>
        <translation>Wir haben einen 6-stelligen Code an %1 gesendet.</translation>
    </message>
    <message>
        <source>We will text a one-time code to your phone.</source>
        <translation>Wir senden einen Einmalcode per SMS an Ihr Telefon.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>+14155550123</source>
        <translation>+14155550123</translation>
    </message>
    <message>
        <source>Include the country code, starting with +.</source>
        <translation>Mit Ländervorwahl, beginnend mit +.</translation>
    </message>
    <message>
        <source>Text me a code</source>
        <translation>Code per SMS</translation>
    </message>
</context>
<context>
    <name>Spinner</name>
    <message>
        <source>Working</source>
        <extracomment>Read by screen readers while something is loading.</extracomment>
        <translation>Wird geladen</translation>
    </message>
</context>
<context>
    <name>StepUpDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Confirm it&apos;s you</source>
        <translation>Bestätigen Sie, dass Sie es sind</translation>
    </message>
    <message>
        <source>This change needs a fresh check. Enter the code from your authenticator app.</source>
        <translation>Diese Änderung erfordert eine neue Prüfung. Geben Sie den Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>This change needs a fresh check. We emailed you a 6-digit code.</source>
        <translation>Diese Änderung erfordert eine neue Prüfung. Wir haben Ihnen einen 6-stelligen Code per E-Mail gesendet.</translation>
    </message>
    <message>
        <source>This change needs a fresh check. We texted you a 6-digit code.</source>
        <translation>Diese Änderung erfordert eine neue Prüfung. Wir haben Ihnen einen 6-stelligen Code per SMS gesendet.</translation>
    </message>
    <message>
        <source>This change needs a fresh check. Enter one of your recovery codes; it will be used up.</source>
        <translation>Diese Änderung erfordert eine neue Prüfung. Geben Sie einen Ihrer Wiederherstellungscodes ein; er wird dabei verbraucht.</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Bestätigungscode</translation>
    </message>
    <message>
        <source>10-character recovery code</source>
        <translation>10-stelliger Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Bestätigen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage your Appwrite account.</source>
        <translation>Verwalten Sie Ihr Appwrite-Konto.</translation>
    </message>
    <message>
        <source>Start on the embedded local sandbox.</source>
        <translation>Mit der eingebetteten lokalen Sandbox starten.</translation>
    </message>
    <message>
        <source>Connect to the Appwrite API at &lt;url&gt;.</source>
        <translation>Mit der Appwrite-API unter &lt;url&gt; verbinden.</translation>
    </message>
    <message>
        <source>The project ID to use with --endpoint.</source>
        <translation>Die Projekt-ID für --endpoint.</translation>
    </message>
    <message>
        <source>Print the milliseconds until the first frame, then quit.</source>
        <translation>Die Millisekunden bis zum ersten Bild ausgeben, dann beenden.</translation>
    </message>
    <message>
        <source>--endpoint and --project go together.</source>
        <translation>--endpoint und --project gehören zusammen.</translation>
    </message>
    <message>
        <source>Sign up, open every page, print the peak memory, then quit.</source>
        <translation>Registrieren, jede Seite öffnen, den Spitzenspeicher ausgeben, dann beenden.</translation>
    </message>
    <message>
        <source>An appwrite-callback-&lt;project&gt; link to open.</source>
        <translation>Ein zu öffnender appwrite-callback-&lt;project&gt;-Link.</translation>
    </message>
</context>
</TS>
