<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ConsentPage</name>
        <message numerus="yes">
            <source>%n consent form(s) used by records here have not reached this device yet.</source>
            <translation>
                <numerusform>%n consent form used by records here have not reached this device yet.</numerusform>
                <numerusform>%n consent forms used by records here have not reached this device yet.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ErasureReportDialog</name>
        <message numerus="yes">
            <source>%n backup(s) rewritten without the words.</source>
            <translation>
                <numerusform>%n backup rewritten without the words.</numerusform>
                <numerusform>%n backups rewritten without the words.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JoinTeamDialog</name>
        <message numerus="yes">
            <source>You drafted %n recommendation(s) on this laptop while working alone. In a team, recommendations are made by the coordinators: yours stay on this laptop as local drafts and are not sent. To propose one, give a coordinator its evidence brief.</source>
            <translation>
                <numerusform>You drafted %n recommendation on this laptop while working alone. In a team, recommendations are made by the coordinators: yours stay on this laptop as local drafts and are not sent. To propose one, give a coordinator its evidence brief.</numerusform>
                <numerusform>You drafted %n recommendations on this laptop while working alone. In a team, recommendations are made by the coordinators: yours stay on this laptop as local drafts and are not sent. To propose one, give a coordinator its evidence brief.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPage</name>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionsPage</name>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
    </context>
</TS>
