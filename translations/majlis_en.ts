<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>BackupsBox</name>
        <message numerus="yes">
            <source>%n backup(s) kept; the latest made %1.</source>
            <translation>
                <numerusform>%n backup kept; the latest made %1.</numerusform>
                <numerusform>%n backups kept; the latest made %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConsentPage</name>
        <message numerus="yes">
            <source>%n consent form(s) used by records here have not reached this device yet.</source>
            <translation>
                <numerusform>%n consent form used by records here has not reached this device yet.</numerusform>
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
        <name>ImportProgress</name>
        <message numerus="yes">
            <source>Stopping after the file being read (%1 of %n file(s) done)…</source>
            <translation>
                <numerusform>Stopping after the file being read (%1 of %n file done)…</numerusform>
                <numerusform>Stopping after the file being read (%1 of %n files done)…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n file(s)</source>
            <translation>
                <numerusform>%1 of %n file</numerusform>
                <numerusform>%1 of %n files</numerusform>
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
        <name>OutboxPanel</name>
        <message numerus="yes">
            <source>Bundle written: {name} (%n change(s))</source>
            <translation>
                <numerusform>Bundle written: {name} (%n change)</numerusform>
                <numerusform>Bundle written: {name} (%n changes)</numerusform>
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
        <name>PassphraseBox</name>
        <message numerus="yes">
            <source>%n older backup(s) keep the old passphrase.</source>
            <translation>
                <numerusform>%n older backup keep the old passphrase.</numerusform>
                <numerusform>%n older backups keep the old passphrase.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfUnprinted</name>
        <message numerus="yes">
            <source>%1. %n character(s) could not be printed (no font for them).</source>
            <translation>
                <numerusform>%1. %n character could not be printed (no font for them).</numerusform>
                <numerusform>%1. %n characters could not be printed (no font for them).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecommendationView</name>
        <message numerus="yes">
            <source>Withdrawn: %n linked segment(s) left out (their speakers withdrew).</source>
            <translation>
                <numerusform>Withdrawn: %n linked segment left out (its speaker withdrew).</numerusform>
                <numerusform>Withdrawn: %n linked segments left out (their speakers withdrew).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not quotable: %n segment(s) count but may not be quoted.</source>
            <translation>
                <numerusform>Not quotable: %n segment counts but may not be quoted.</numerusform>
                <numerusform>Not quotable: %n segments count but may not be quoted.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RetentionBox</name>
        <message numerus="yes">
            <source>Identities will be erased %n month(s) after the last session.</source>
            <translation>
                <numerusform>Identities will be erased %n month after the last session.</numerusform>
                <numerusform>Identities will be erased %n months after the last session.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RetrievalTab</name>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segment</numerusform>
                <numerusform>%n segments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RosterPanel</name>
        <message numerus="yes">
            <source>Approve {name}? Only if the facilitator read you this same fingerprint:
{fingerprint}
Its %n waiting bundle(s) will be applied.</source>
            <translation>
                <numerusform>Approve {name}? Only if the facilitator read you this same fingerprint:
{fingerprint}
Its %n waiting bundle will be applied.</numerusform>
                <numerusform>Approve {name}? Only if the facilitator read you this same fingerprint:
{fingerprint}
Its %n waiting bundles will be applied.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reject {name}? Its %n waiting bundle(s) will be discarded.</source>
            <translation>
                <numerusform>Reject {name}? Its %n waiting bundle will be discarded.</numerusform>
                <numerusform>Reject {name}? Its %n waiting bundles will be discarded.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rejected: %n bundle(s) discarded.</source>
            <translation>
                <numerusform>Rejected: %n bundle discarded.</numerusform>
                <numerusform>Rejected: %n bundles discarded.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchTab</name>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n document</numerusform>
                <numerusform>%n documents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new segment(s) coded</source>
            <translation>
                <numerusform>%n new segment coded</numerusform>
                <numerusform>%n new segments coded</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hit(s) left out: the text changed after the search. Search again to code them.</source>
            <translation>
                <numerusform>%n hit left out: the text changed after the search. Search again to code them.</numerusform>
                <numerusform>%n hits left out: the text changed after the search. Search again to code them.</numerusform>
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
    <context>
        <name>SurveyImportDialog</name>
        <message numerus="yes">
            <source>%n answer label(s) missing in %1 (list %2); another language is shown.</source>
            <translation>
                <numerusform>%n answer label missing in %1 (list %2); another language is shown.</numerusform>
                <numerusform>%n answer labels missing in %1 (list %2); another language is shown.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question label(s) missing in %1; another language is shown.</source>
            <translation>
                <numerusform>%n question label missing in %1; another language is shown.</numerusform>
                <numerusform>%n question labels missing in %1; another language is shown.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n response(s) read</source>
            <translation>
                <numerusform>%n response read</numerusform>
                <numerusform>%n responses read</numerusform>
            </translation>
        </message>
    </context>
</TS>
