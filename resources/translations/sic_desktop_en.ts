<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BundlesTab</name>
    <message numerus="yes">
        <location filename="../../ui/sync/bundles.py" line="230"/>
        <source>Wrote %1 with %n change(s)</source>
        <translation>
            <numerusform>Wrote %1 with %n change</numerusform>
            <numerusform>Wrote %1 with %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/bundles.py" line="260"/>
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
        <location filename="../../ui/mainwindow.py" line="239"/>
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
        <location filename="../../ui/sync/bundles.py" line="94"/>
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
        <location filename="../../ui/words.py" line="499"/>
        <source>%n %1 record(s) added</source>
        <translation>
            <numerusform>%n %1 record added</numerusform>
            <numerusform>%n %1 records added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="500"/>
        <source>%n %1 record(s) changed</source>
        <translation>
            <numerusform>%n %1 record changed</numerusform>
            <numerusform>%n %1 records changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="501"/>
        <source>%n %1 record(s) moved to the trash</source>
        <translation>
            <numerusform>%n %1 record moved to the trash</numerusform>
            <numerusform>%n %1 records moved to the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="502"/>
        <source>%n %1 record(s) restored</source>
        <translation>
            <numerusform>%n %1 record restored</numerusform>
            <numerusform>%n %1 records restored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="503"/>
        <source>%n %1 record(s): %2</source>
        <translation>
            <numerusform>%n %1 record: %2</numerusform>
            <numerusform>%n %1 records: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="504"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="505"/>
        <source>%n field change(s) logged</source>
        <translation>
            <numerusform>%n field change logged</numerusform>
            <numerusform>%n field changes logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="506"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="507"/>
        <source>%n value(s) already equal</source>
        <translation>
            <numerusform>%n value already equal</numerusform>
            <numerusform>%n values already equal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="508"/>
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
        <location filename="../../ui/words.py" line="509"/>
        <source>Unknown task force code(s): %1</source>
        <translation>
            <numerusform>Unknown task force code: %1</numerusform>
            <numerusform>Unknown task force codes: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
