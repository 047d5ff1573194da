<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BundlesTab</name>
    <message numerus="yes">
        <location filename="../../ui/sync/bundles.py" line="252"/>
        <source>Wrote %1 with %n change(s)</source>
        <translation>
            <numerusform>Wrote %1 with %n change</numerusform>
            <numerusform>Wrote %1 with %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/bundles.py" line="282"/>
        <source>%n conflict(s) to settle in the Conflicts tab.</source>
        <translation>
            <numerusform>%n conflict to settle in the Conflicts tab.</numerusform>
            <numerusform>%n conflicts to settle in the Conflicts tab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.py" line="258"/>
        <source>%n change(s) waiting to be exported</source>
        <translation>
            <numerusform>%n change waiting to be exported</numerusform>
            <numerusform>%n changes waiting to be exported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message numerus="yes">
        <location filename="../../ui/editor/participants.py" line="64"/>
        <source>Add %n participant(s)</source>
        <translation>
            <numerusform>Add %n participant</numerusform>
            <numerusform>Add %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message numerus="yes">
        <location filename="../../ui/sync/bundles.py" line="107"/>
        <source>%n conflict(s) would be queued for a person to settle</source>
        <translation>
            <numerusform>%n conflict would be queued for a person to settle</numerusform>
            <numerusform>%n conflicts would be queued for a person to settle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core</name>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="713"/>
        <source>%n %1 record(s) added</source>
        <translation>
            <numerusform>%n %1 record added</numerusform>
            <numerusform>%n %1 records added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="714"/>
        <source>%n %1 record(s) changed</source>
        <translation>
            <numerusform>%n %1 record changed</numerusform>
            <numerusform>%n %1 records changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="715"/>
        <source>%n %1 record(s) moved to the trash</source>
        <translation>
            <numerusform>%n %1 record moved to the trash</numerusform>
            <numerusform>%n %1 records moved to the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="716"/>
        <source>%n %1 record(s) restored</source>
        <translation>
            <numerusform>%n %1 record restored</numerusform>
            <numerusform>%n %1 records restored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="717"/>
        <source>%n %1 record(s): %2</source>
        <translation>
            <numerusform>%n %1 record: %2</numerusform>
            <numerusform>%n %1 records: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="718"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="719"/>
        <source>%n agreement(s), no project started yet</source>
        <translation>
            <numerusform>%n agreement, no project started yet</numerusform>
            <numerusform>%n agreements, no project started yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="720"/>
        <source>%n candidate(s) await the Governing Board&apos;s decision</source>
        <translation>
            <numerusform>%n candidate awaits the Governing Board&apos;s decision</numerusform>
            <numerusform>%n candidates await the Governing Board&apos;s decision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="721"/>
        <source>%n field change(s) logged</source>
        <translation>
            <numerusform>%n field change logged</numerusform>
            <numerusform>%n field changes logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="722"/>
        <source>%n full proposal(s), no agreement yet</source>
        <translation>
            <numerusform>%n full proposal, no agreement yet</numerusform>
            <numerusform>%n full proposals, no agreement yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="723"/>
        <source>%n funder(s) asked for a full proposal; none recorded yet</source>
        <translation>
            <numerusform>%n funder asked for a full proposal; none recorded yet</numerusform>
            <numerusform>%n funders asked for a full proposal; none recorded yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="724"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idea</numerusform>
            <numerusform>%n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="725"/>
        <source>%n superseded change(s) older than %1 days removed; %2 kept</source>
        <translation>
            <numerusform>%n superseded change older than %1 days removed; %2 kept</numerusform>
            <numerusform>%n superseded changes older than %1 days removed; %2 kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="726"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n team</numerusform>
            <numerusform>%n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="727"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="728"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="729"/>
        <source>%n value(s) already equal</source>
        <translation>
            <numerusform>%n value already equal</numerusform>
            <numerusform>%n values already equal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="730"/>
        <source>Nothing was imported: %n problem(s) found
%1</source>
        <translation>
            <numerusform>Nothing was imported: %n problem found
%1</numerusform>
            <numerusform>Nothing was imported: %n problems found
%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="731"/>
        <source>Nothing would be imported: %n problem(s)</source>
        <translation>
            <numerusform>Nothing would be imported: %n problem</numerusform>
            <numerusform>Nothing would be imported: %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="732"/>
        <source>Unknown task force code(s): %1</source>
        <translation>
            <numerusform>Unknown task force code: %1</numerusform>
            <numerusform>Unknown task force codes: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="733"/>
        <source>Wrote %n row(s) to %1</source>
        <translation>
            <numerusform>Wrote %n row to %1</numerusform>
            <numerusform>Wrote %n rows to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="734"/>
        <source>done: %n agreement(s)</source>
        <translation>
            <numerusform>done: %n agreement</numerusform>
            <numerusform>done: %n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="735"/>
        <source>done: %n candidate(s) approved by the Governing Board</source>
        <translation>
            <numerusform>done: %n candidate approved by the Governing Board</numerusform>
            <numerusform>done: %n candidates approved by the Governing Board</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="736"/>
        <source>done: %n draft concept note(s)</source>
        <translation>
            <numerusform>done: %n draft concept note</numerusform>
            <numerusform>done: %n draft concept notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="737"/>
        <source>done: %n expression(s) of interest sent to funders</source>
        <translation>
            <numerusform>done: %n expression of interest sent to funders</numerusform>
            <numerusform>done: %n expressions of interest sent to funders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="738"/>
        <source>done: %n full proposal(s)</source>
        <translation>
            <numerusform>done: %n full proposal</numerusform>
            <numerusform>done: %n full proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="739"/>
        <source>done: %n inventory item(s) recorded in this cycle</source>
        <translation>
            <numerusform>done: %n inventory item recorded in this cycle</numerusform>
            <numerusform>done: %n inventory items recorded in this cycle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="740"/>
        <source>done: %n member(s) (%1)</source>
        <translation>
            <numerusform>done: %n member (%1)</numerusform>
            <numerusform>done: %n members (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="741"/>
        <source>done: %n progress report(s) for this cycle</source>
        <translation>
            <numerusform>done: %n progress report for this cycle</numerusform>
            <numerusform>done: %n progress reports for this cycle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="742"/>
        <source>done: %n project(s) under way</source>
        <translation>
            <numerusform>done: %n project under way</numerusform>
            <numerusform>done: %n projects under way</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="743"/>
        <source>done: action plan &quot;%1&quot; with %n indicator(s)</source>
        <translation>
            <numerusform>done: action plan &quot;%1&quot; with %n indicator</numerusform>
            <numerusform>done: action plan &quot;%1&quot; with %n indicators</numerusform>
        </translation>
    </message>
</context>
</TS>
