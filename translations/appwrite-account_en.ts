<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivityPage</name>
    <message numerus="yes">
        <source>That&apos;s everything: %n event(s).</source>
        <translation>
            <numerusform>That&apos;s everything: %n event.</numerusform>
            <numerusform>That&apos;s everything: %n events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JwtCard</name>
    <message numerus="yes">
        <source>Expires in %n minute(s)</source>
        <translation>
            <numerusform>Expires in %n minute</numerusform>
            <numerusform>Expires in %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordCard</name>
    <message numerus="yes">
        <source>%n more character(s) needed.</source>
        <translation>
            <numerusform>%n more character needed.</numerusform>
            <numerusform>%n more characters needed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateLimitBanner</name>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n minute(s).</source>
        <extracomment>A countdown shown after too many attempts, in whole minutes (more than one).</extracomment>
        <translation>
            <numerusform>Too many attempts. Try again in %n minute.</numerusform>
            <numerusform>Too many attempts. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <extracomment>A countdown shown after too many attempts; it counts down every second.</extracomment>
        <translation>
            <numerusform>Too many attempts. Try again in %n second.</numerusform>
            <numerusform>Too many attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResendButton</name>
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
    <name>SessionsPage</name>
    <message numerus="yes">
        <source>%n session(s). Times are shown in your local time; hover for the exact time.</source>
        <translation>
            <numerusform>%n session. Times are shown in your local time; hover for the exact time.</numerusform>
            <numerusform>%n sessions. Times are shown in your local time; hover for the exact time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SizeMeter</name>
    <message numerus="yes">
        <source>%n byte(s) of %1 kB used</source>
        <extracomment>Size of the saved preferences: &quot;1.2 kB of 64 kB used&quot;. Size of small saved preferences: &quot;40 bytes of 64 kB used&quot;.</extracomment>
        <translation>
            <numerusform>%n byte of %1 kB used</numerusform>
            <numerusform>%n bytes of %1 kB used</numerusform>
        </translation>
    </message>
</context>
</TS>
