<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BundlesTab</name>
    <message>
        <location filename="../../ui/sync/bundles.py" line="152"/>
        <source>Send your changes to the Executive Secretariat as a bundle file (by e-mail or USB stick), and open the master bundle it sends back. Drop a .sicbundle file here to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="155"/>
        <source>Open the bundles the regions send (or drop them here): you will see what each one changes before it is applied. Export a master bundle for each region in return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="158"/>
        <source>Export a bundle...</source>
        <translation>Exporter un paquet...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="160"/>
        <source>Open a bundle...</source>
        <translation>Ouvrir un paquet...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="166"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="166"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="166"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="166"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="167"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="168"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="168"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="168"/>
        <source>Your value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="169"/>
        <source>Value now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="169"/>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="173"/>
        <source>Bundles written and received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="174"/>
        <source>Bundle log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="175"/>
        <source>Your edits the Secretariat superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="177"/>
        <source>Superseded edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="205"/>
        <location filename="../../ui/sync/bundles.py" line="217"/>
        <source>Export a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="206"/>
        <source>No region is trusted yet: trust a region&apos;s key (Keys and trust) before making a master bundle for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="210"/>
        <source>Export a master bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="211"/>
        <source>For which site?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="227"/>
        <source>Writing the bundle...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="232"/>
        <source>Wrote %1 with %2 change(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="240"/>
        <source>Open a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="246"/>
        <source>Checking the bundle&apos;s signature and contents...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="255"/>
        <source>Applying the bundle...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="260"/>
        <source>nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="261"/>
        <source>Bundle applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/bundles.py" line="263"/>
        <source>%n conflict(s) wait in the Conflicts tab.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="101"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="101"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="101"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="102"/>
        <source>Master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="102"/>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="103"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="108"/>
        <source>Base (before both edits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="109"/>
        <source>Master (kept for now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="110"/>
        <source>Incoming (from the region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="120"/>
        <source>Differences between master and incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="121"/>
        <source>Keep master</source>
        <translation>Garder la copie maître</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="122"/>
        <source>Take incoming</source>
        <translation>Prendre la version reçue</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="123"/>
        <source>Edit...</source>
        <translation>Modifier...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="135"/>
        <source>Differences (long texts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="141"/>
        <source>Conflicts are settled in the Secretariat&apos;s master copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="184"/>
        <source>Settle with a new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="185"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/firstrun.py" line="28"/>
        <source>Set up SIC Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="30"/>
        <source>There is no database at %1 yet. Who works on this computer? A regional copy sends its changes to the Executive Secretariat and needs the Secretariat&apos;s public key file (ask the Secretariat for it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="35"/>
        <source>A task force leader or regional representative (regional copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="36"/>
        <source>The Executive Secretariat (master copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="42"/>
        <location filename="../../ui/firstrun.py" line="54"/>
        <source>Name of this copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="44"/>
        <location filename="../../ui/firstrun.py" line="74"/>
        <source>The Secretariat&apos;s public key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="45"/>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="55"/>
        <source>Secretariat&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="89"/>
        <source>Give this copy a name (for example your region or office).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="91"/>
        <source>Choose the public key file the Secretariat sent you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history.py" line="80"/>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="81"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="81"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="81"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="81"/>
        <source>Was</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="82"/>
        <source>Became</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="82"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="85"/>
        <source>%1 (not applied: in conflict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="96"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <location filename="../../ui/sync/keys.py" line="115"/>
        <source>Export my public key...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="117"/>
        <source>Trust a key file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="119"/>
        <source>Make this site&apos;s key...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="120"/>
        <source>For a copy whose key could not be made when it was set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="123"/>
        <source>Revoke the selected key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="131"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="131"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="131"/>
        <source>Task forces</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="132"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="132"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="132"/>
        <source>Key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="133"/>
        <location filename="../../ui/sync/keys.py" line="137"/>
        <source>Trusted keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="145"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), site %3&lt;br&gt;Key id &lt;tt&gt;%4&lt;/tt&gt;&lt;br&gt;Fingerprint &lt;tt&gt;%5&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="168"/>
        <source>Export my public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="188"/>
        <source>Written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="191"/>
        <source>Trust a key file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../ui/listpage.py" line="76"/>
        <source>Search (Ctrl+F): type words found anywhere in a row</source>
        <translation>Rechercher (Ctrl+F) : des mots présents n&apos;importe où dans la ligne</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="78"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="82"/>
        <source>New...</source>
        <translation>Nouveau...</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="83"/>
        <source>Add a record (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="85"/>
        <location filename="../../ui/listpage.py" line="311"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="86"/>
        <location filename="../../ui/listpage.py" line="313"/>
        <source>Move the selected records to the trash (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="88"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="90"/>
        <source>Show the records in the trash, to restore them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="95"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="125"/>
        <source>Open a record with Enter or a double click.</source>
        <translation>Ouvrez un enregistrement avec Entrée ou un double clic.</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="225"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="304"/>
        <source>Restore records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="304"/>
        <source>Delete records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="311"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="312"/>
        <source>Bring the selected records back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="52"/>
        <source>SIC Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="94"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="95"/>
        <source>&amp;Export a bundle...</source>
        <translation>&amp;Exporter un paquet...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="96"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="97"/>
        <source>&amp;Open a bundle...</source>
        <translation>&amp;Ouvrir un paquet...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="100"/>
        <source>Import members from Excel...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="102"/>
        <source>Export members to Excel...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="104"/>
        <source>Import the inventory from Excel...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="106"/>
        <source>Export the inventory to Excel...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="109"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="110"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="111"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="113"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="119"/>
        <source>&amp;New record...</source>
        <translation>&amp;Nouvel enregistrement...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="121"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="123"/>
        <source>&amp;History of the open record</source>
        <translation>&amp;Historique de l&apos;enregistrement ouvert</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="124"/>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="125"/>
        <source>D&amp;uplicate the open record...</source>
        <translation>D&amp;upliquer l&apos;enregistrement ouvert...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="126"/>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="127"/>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="128"/>
        <source>&amp;Print the minutes of the open meeting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="130"/>
        <source>&amp;Minutes of the open meeting as Word or PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="132"/>
        <source>&amp;Concept note as Word or PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="134"/>
        <source>&amp;Letter of support for the open concept note...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="137"/>
        <source>Blank concept-note &amp;workbook...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="138"/>
        <source>&amp;Import a filled concept-note workbook...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="139"/>
        <source>&amp;Export the open concept note as a workbook...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="142"/>
        <source>&amp;Annual progress report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="143"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="148"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="149"/>
        <source>&amp;About SIC Desktop</source>
        <translation>À &amp;propos de SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="220"/>
        <source>master copy</source>
        <translation>copie maître</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="221"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="220"/>
        <source>regional copy</source>
        <translation>copie régionale</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.py" line="225"/>
        <source>%n change(s) waiting to be exported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="226"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="227"/>
        <source>Last bundle: %1</source>
        <translation>Dernier paquet : %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="333"/>
        <source>Open a concept note first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="380"/>
        <source>About SIC Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="381"/>
        <source>SIC Desktop keeps the 4 per 1000 Initiative&apos;s Strategy Implementation Cycle offline: task forces, members, inventories, meetings, concept notes and funding, with signed bundles to and from the Executive Secretariat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/navigation.py" line="21"/>
        <location filename="../../ui/navigation.py" line="22"/>
        <source>Task forces</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="25"/>
        <source>Areas</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="37"/>
        <source>All task forces</source>
        <translation>Tous les groupes de travail</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="41"/>
        <source>Goal %1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/overview.py" line="79"/>
        <location filename="../../ui/overview.py" line="90"/>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="81"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="81"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="81"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="81"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="82"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="82"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="82"/>
        <source>Who acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="83"/>
        <source>Task force</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="83"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="83"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="84"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="84"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="84"/>
        <source>Project teams</source>
        <translation>Équipes de projet</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="85"/>
        <source>Concept notes</source>
        <translation>Notes conceptuelles</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="85"/>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="86"/>
        <source>Validated notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="87"/>
        <source>Steps of the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="88"/>
        <source>Task forces</source>
        <translation>Groupes de travail</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/sync/bundles.py" line="71"/>
        <source>Open a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="72"/>
        <source>&lt;b&gt;%1&lt;/b&gt; bundle signed by &lt;b&gt;%2&lt;/b&gt; (site %3), changes %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="80"/>
        <source>Every change it holds meets an edit of the master copy: see below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="82"/>
        <source>Nothing new: this bundle was applied before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="89"/>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="92"/>
        <location filename="../../ui/sync/bundles.py" line="119"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="92"/>
        <location filename="../../ui/sync/bundles.py" line="119"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="92"/>
        <source>Master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="93"/>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="93"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="101"/>
        <source>(new record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="103"/>
        <source>(trash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/bundles.py" line="112"/>
        <source>%n conflict(s) would be queued for a person to settle</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="115"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="119"/>
        <source>Was</source>
        <translation type="unfinished">Avant</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="120"/>
        <source>Becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="120"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="123"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="123"/>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="125"/>
        <source>What it changes, field by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="127"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="134"/>
        <source>Apply the bundle</source>
        <translation>Appliquer le paquet</translation>
    </message>
</context>
<context>
    <name>ProgressWatcher</name>
    <message>
        <location filename="../../ui/progress.py" line="59"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="60"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="73"/>
        <source>Cancelling: nothing will be changed...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../ui/editor/panel.py" line="44"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="45"/>
        <source>Who changed what, and when (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="47"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="49"/>
        <location filename="../../ui/editor/panel.py" line="100"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="73"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="95"/>
        <source>(in the trash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="99"/>
        <source>(read-only here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="100"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="125"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync/page.py" line="24"/>
        <source>Bundles</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="25"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="26"/>
        <source>Keys and trust</source>
        <translation>Clés et confiance</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../../ui/sync/keys.py" line="69"/>
        <source>Trust a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="70"/>
        <source>Compare this fingerprint with the one the person reads to you (by telephone or in person) before trusting the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="74"/>
        <source>Task force leader (TFL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="75"/>
        <source>Task force regional representative (TFRR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="85"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="86"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="87"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="88"/>
        <source>Task forces</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="89"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="144"/>
        <source>SIC Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <location filename="../../ui/areas.py" line="19"/>
        <source>Cycle overview</source>
        <translation>Vue d&apos;ensemble du cycle</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="20"/>
        <source>Members and candidacies</source>
        <translation>Membres et candidatures</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="22"/>
        <source>Key players</source>
        <translation>Acteurs clés</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="23"/>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="24"/>
        <source>Action plan and indicators</source>
        <translation>Plan d&apos;action et indicateurs</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="26"/>
        <source>Meetings and minutes</source>
        <translation>Réunions et comptes rendus</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="27"/>
        <source>Project ideas and teams</source>
        <translation>Idées de projet et équipes</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="29"/>
        <source>Concept notes</source>
        <translation>Notes conceptuelles</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="30"/>
        <source>Assessments and validations</source>
        <translation>Évaluations et validations</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="32"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="35"/>
        <source>Reference data</source>
        <translation>Données de référence</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="38"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <location filename="../../ui/words.py" line="197"/>
        <source>TF meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="198"/>
        <source>TFL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="199"/>
        <source>TFL meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="200"/>
        <source>TFL-TFRR planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="201"/>
        <source>TFM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="202"/>
        <source>TFRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="203"/>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="204"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="205"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="206"/>
        <source>apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="207"/>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="208"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="209"/>
        <source>assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="210"/>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="211"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="212"/>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="213"/>
        <source>deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="214"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="215"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="216"/>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="217"/>
        <source>full proposal requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="218"/>
        <source>funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="219"/>
        <source>global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="220"/>
        <source>in preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="221"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="222"/>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="223"/>
        <source>interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="224"/>
        <source>invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="225"/>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="226"/>
        <source>not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="227"/>
        <source>not proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="228"/>
        <source>not recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="229"/>
        <source>not validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="230"/>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="231"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="232"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="233"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="234"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="235"/>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="236"/>
        <source>project team meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="237"/>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="238"/>
        <source>recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="239"/>
        <source>regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="240"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="241"/>
        <source>revise and resubmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="242"/>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="243"/>
        <source>validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="244"/>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="27"/>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../ui/documents.py" line="21"/>
        <source>Word document (*.docx);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="48"/>
        <location filename="../../ui/documents.py" line="148"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="50"/>
        <source>Writing the document...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="58"/>
        <source>Print minutes...</source>
        <translation>Imprimer le compte rendu...</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="60"/>
        <source>Minutes as Word...</source>
        <translation>Compte rendu en Word...</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="65"/>
        <source>Word document...</source>
        <translation>Document Word...</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="67"/>
        <source>Letter of support...</source>
        <translation>Lettre de soutien...</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="68"/>
        <source>The letter filed with a validated concept note (issued now if it has none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="76"/>
        <source>Save the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="96"/>
        <source>Open a meeting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="97"/>
        <source>Open a concept note first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="122"/>
        <source>There is no cycle to report on yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="124"/>
        <source>Annual progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="125"/>
        <source>Which cycle?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="129"/>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="149"/>
        <source>Writing the report...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="33"/>
        <source>Something went wrong inside SIC Desktop (a bug, not your mistake). Your saved work is safe: every edit is saved as you make it. Please send the details below to the Executive Secretariat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="49"/>
        <source>SIC Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="53"/>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../ui/words.py" line="9"/>
        <source>Acronym</source>
        <translation>Acronyme</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="10"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="11"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="12"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="13"/>
        <source>Adaptation co-benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="14"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="15"/>
        <source>Amount requested</source>
        <translation>Montant demandé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="16"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="17"/>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="18"/>
        <source>Area (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="19"/>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="20"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="21"/>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="22"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="23"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="24"/>
        <source>Beneficiaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="25"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="26"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="27"/>
        <source>Candidate funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="28"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="29"/>
        <source>Co-financing (cash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="30"/>
        <source>Co-financing (in kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="31"/>
        <source>Co-financing source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="32"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="33"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="34"/>
        <source>Concept note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="35"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="36"/>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="37"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="38"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="39"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="40"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="41"/>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="42"/>
        <source>Cycle recorded in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="43"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="44"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="45"/>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="46"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="47"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="48"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="49"/>
        <source>Document hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="50"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="51"/>
        <source>Duration (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="52"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="53"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="54"/>
        <source>Expected SOC change (t C/ha/yr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="55"/>
        <source>Expertise</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="56"/>
        <source>Food security co-benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="57"/>
        <source>From meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="58"/>
        <source>Full proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="59"/>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="60"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="61"/>
        <source>Governing Board decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="62"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="63"/>
        <source>How measured (MRV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="64"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="65"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="66"/>
        <source>Key players listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="67"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="68"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="69"/>
        <source>Lead organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="70"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="71"/>
        <source>Measured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="72"/>
        <source>Measurement, reporting and verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="73"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="74"/>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="75"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="76"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="77"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="78"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="79"/>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="80"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="81"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="82"/>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="83"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="84"/>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="85"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="86"/>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="87"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="88"/>
        <source>Partner of the Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="89"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="90"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="91"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="92"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="93"/>
        <source>Preferred role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="94"/>
        <source>Problem and barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="95"/>
        <source>Profile URL</source>
        <translation>Profil (URL)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="96"/>
        <source>Project idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="97"/>
        <source>Project team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="98"/>
        <source>Project team leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="99"/>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="100"/>
        <source>Reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="101"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="102"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="103"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="104"/>
        <source>Risks and mitigation</source>
        <translation>Risques et atténuation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="105"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="106"/>
        <source>Role in the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="107"/>
        <source>SDG alignment (2, 13, 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="108"/>
        <source>Safeguards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="109"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="110"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="111"/>
        <source>Secretariat proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="112"/>
        <source>Sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="113"/>
        <source>Serves task force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="114"/>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="115"/>
        <source>Soil-carbon actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="116"/>
        <source>Sponsor</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="117"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="118"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="119"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="120"/>
        <source>Submitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="121"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="122"/>
        <source>Sustainability and scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="123"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="124"/>
        <source>Target 2030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="125"/>
        <source>Target 2050</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="126"/>
        <source>Target this cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="127"/>
        <source>Task force</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="128"/>
        <source>Task force objective(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="129"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="130"/>
        <source>Theory of change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="131"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="132"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="133"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="134"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="135"/>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="136"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="137"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="138"/>
        <source>Version assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="139"/>
        <source>Web site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="140"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="141"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="142"/>
        <source>Who acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="143"/>
        <source>Why qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="144"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../ui/history.py" line="35"/>
        <source>shipped with the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="47"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="48"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="64"/>
        <source>(created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="66"/>
        <source>(trash)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../../ui/areas.py" line="66"/>
        <source>Memberships</source>
        <translation>Adhésions</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="67"/>
        <source>Candidacies</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="68"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="69"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="70"/>
        <source>Key players</source>
        <translation>Acteurs clés</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="71"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="72"/>
        <source>Further task forces served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="73"/>
        <source>Action plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="74"/>
        <location filename="../../ui/areas.py" line="107"/>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="75"/>
        <location filename="../../ui/areas.py" line="103"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="76"/>
        <source>Measured values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="77"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="78"/>
        <source>Project ideas</source>
        <translation>Idées de projet</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="79"/>
        <source>Project teams</source>
        <translation>Équipes de projet</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="80"/>
        <source>Concept notes</source>
        <translation>Notes conceptuelles</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="81"/>
        <source>STC assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="82"/>
        <source>Bureau validations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="83"/>
        <source>Letters of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="84"/>
        <source>Funders</source>
        <translation>Bailleurs</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="85"/>
        <source>Funding opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="86"/>
        <source>Expressions of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="87"/>
        <source>Full proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="88"/>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="89"/>
        <source>Progress reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="90"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="91"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="92"/>
        <source>Task forces</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="93"/>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="94"/>
        <source>Organisation types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="95"/>
        <source>STC criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="96"/>
        <source>Cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="97"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="98"/>
        <source>Step windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="99"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="100"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="101"/>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="102"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="104"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="105"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="106"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="108"/>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="109"/>
        <source>Scores per criterion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>participants</name>
    <message>
        <location filename="../../ui/editor/participants.py" line="30"/>
        <source>Add participants from the task force&apos;s members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants.py" line="32"/>
        <source>Filter by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants.py" line="35"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants.py" line="65"/>
        <source>Add members...</source>
        <translation>Ajouter des membres...</translation>
    </message>
</context>
<context>
    <name>parts</name>
    <message>
        <location filename="../../ui/editor/parts.py" line="118"/>
        <source>Add...</source>
        <translation>Ajouter...</translation>
    </message>
    <message>
        <location filename="../../ui/editor/parts.py" line="120"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/parts.py" line="138"/>
        <location filename="../../ui/editor/parts.py" line="168"/>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location filename="../../ui/editor/parts.py" line="215"/>
        <source>Delete rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../../ui/sync/passphrase.py" line="29"/>
        <source>Passphrase of this site&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync/passphrase.py" line="30"/>
        <source>No keyring works on this computer, so this site&apos;s key is kept in a file encrypted with a passphrase. Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../ui/printing.py" line="31"/>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="31"/>
        <source>Task force</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="32"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="32"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="33"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="33"/>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="34"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="34"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="35"/>
        <source>Apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="35"/>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="36"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="36"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="37"/>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="37"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="38"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="38"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="39"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="39"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="40"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="106"/>
        <source>Minutes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../ui/words.py" line="149"/>
        <source>Bureau validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="150"/>
        <source>STC assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="151"/>
        <source>STC criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="152"/>
        <source>action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="153"/>
        <source>action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="154"/>
        <source>activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="155"/>
        <source>agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="156"/>
        <source>agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="157"/>
        <source>budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="158"/>
        <source>candidacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="159"/>
        <source>concept note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="160"/>
        <source>concept-note indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="161"/>
        <source>criterion score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="162"/>
        <source>cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="163"/>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="164"/>
        <source>expression of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="165"/>
        <source>full proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="166"/>
        <source>funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="167"/>
        <source>funding opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="168"/>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="169"/>
        <source>indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="170"/>
        <source>key player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="171"/>
        <source>letter of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="172"/>
        <source>measured value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="173"/>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="174"/>
        <source>meeting action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="175"/>
        <source>membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="176"/>
        <source>objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="177"/>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="178"/>
        <source>organisation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="179"/>
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="180"/>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="181"/>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="182"/>
        <source>progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="183"/>
        <source>project idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="184"/>
        <source>project team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="185"/>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="186"/>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="187"/>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="188"/>
        <source>step window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="189"/>
        <source>task force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="190"/>
        <source>task force served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="191"/>
        <source>team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="192"/>
        <source>work plan item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spreadsheets</name>
    <message>
        <location filename="../../ui/spreadsheets.py" line="30"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="54"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="55"/>
        <source>Into which task force?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="66"/>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="84"/>
        <source>Wrote %1 rows to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="87"/>
        <source>Writing the workbook...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="93"/>
        <source>Import from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="112"/>
        <source>Imported %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="115"/>
        <source>Importing the workbook (all or nothing)...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../ui/undo.py" line="84"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="108"/>
        <source>Duplicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="108"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="140"/>
        <source>Restore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="140"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../ui/words.py" line="249"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="250"/>
        <source>must be yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="251"/>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="252"/>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="253"/>
        <source>must be a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="254"/>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="255"/>
        <source>cannot be negative</source>
        <translation>ne peut pas être négatif</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="256"/>
        <source>is before the start</source>
        <translation>est avant le début</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="257"/>
        <source>refers to a record that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="258"/>
        <source>is not a field of this record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../ui/editor/widgets.py" line="169"/>
        <source>Ctrl+Delete empties the date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>workbook</name>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="22"/>
        <source>Blank concept-note workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="36"/>
        <source>Wrote the blank concept-note workbook to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="39"/>
        <location filename="../../ui/concept_note_workbook.py" line="61"/>
        <source>Writing the workbook...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="44"/>
        <source>Export the concept note to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="59"/>
        <source>Wrote the concept note to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="67"/>
        <source>Import a concept-note workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="90"/>
        <source>Added concept note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="91"/>
        <source>Updated concept note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="94"/>
        <source>Importing the workbook (all or nothing)...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
