<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BundlesTab</name>
    <message>
        <location filename="../../ui/sync/bundles.py" line="144"/>
        <source>Send your changes to the Executive Secretariat as a bundle file (by e-mail or USB stick), and open the master bundle it sends back. Drop a .sicbundle file here to open it.</source>
        <translation>Envoyez vos modifications au Secrétariat exécutif sous forme de fichier paquet (par courriel ou sur une clé USB), puis ouvrez le paquet maître qu&apos;il vous renvoie. Déposez ici un fichier .sicbundle pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="147"/>
        <source>Open the bundles the regions send (or drop them here): you will see what each one changes before it is applied. Export a master bundle for each region in return.</source>
        <translation>Ouvrez les paquets envoyés par les régions (ou déposez-les ici) : vous verrez ce que chacun modifie avant qu&apos;il ne soit appliqué. En retour, exportez un paquet maître pour chaque région.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="150"/>
        <source>Export a bundle...</source>
        <translation>Exporter un paquet...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="152"/>
        <source>Open a bundle...</source>
        <translation>Ouvrir un paquet...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="158"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="158"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="158"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="158"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="159"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="160"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="160"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="160"/>
        <source>Your value</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="161"/>
        <source>Value now</source>
        <translation>Valeur actuelle</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="161"/>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="165"/>
        <source>Bundles written and received</source>
        <translation>Paquets créés et reçus</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="166"/>
        <source>Bundle log</source>
        <translation>Journal des paquets</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="167"/>
        <source>Your edits the Secretariat superseded</source>
        <translation>Vos modifications remplacées par le Secrétariat</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="169"/>
        <source>Superseded edits</source>
        <translation>Modifications remplacées</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="191"/>
        <source>SIC bundles (*.sicbundle)</source>
        <translation>Paquets SIC (*.sicbundle)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="203"/>
        <location filename="../../ui/sync/bundles.py" line="215"/>
        <source>Export a bundle</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="204"/>
        <source>No region is trusted yet: trust a region&apos;s key (Keys and trust) before making a master bundle for it.</source>
        <translation>Vous ne faites encore confiance à aucune région : faites confiance à la clé d&apos;une région (Clés et confiance) avant de créer un paquet maître pour elle.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="208"/>
        <source>Export a master bundle</source>
        <translation>Exporter un paquet maître</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="209"/>
        <source>For which site?</source>
        <translation>Pour quel site ?</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="225"/>
        <source>Writing the bundle...</source>
        <translation>Écriture du paquet...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/bundles.py" line="230"/>
        <source>Wrote %1 with %n change(s)</source>
        <translation>
            <numerusform>%1 enregistré avec %n modification</numerusform>
            <numerusform>%1 enregistré avec %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="237"/>
        <source>Open a bundle</source>
        <translation>Ouvrir un paquet</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="243"/>
        <source>Checking the bundle&apos;s signature and contents...</source>
        <translation>Vérification de la signature et du contenu du paquet...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="252"/>
        <source>Applying the bundle...</source>
        <translation>Application du paquet...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="257"/>
        <source>nothing new</source>
        <translation>rien de nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="258"/>
        <source>Bundle applied: %1.</source>
        <translation>Paquet appliqué : %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/bundles.py" line="260"/>
        <source>%n conflict(s) to settle in the Conflicts tab.</source>
        <translation>
            <numerusform>%n conflit à régler dans l&apos;onglet Conflits.</numerusform>
            <numerusform>%n conflits à régler dans l&apos;onglet Conflits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="75"/>
        <source>In the trash</source>
        <translation>Dans la corbeille</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="111"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="111"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="111"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="112"/>
        <source>Master</source>
        <translation>Copie maître</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="112"/>
        <source>Incoming</source>
        <translation>Version reçue</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="113"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="118"/>
        <source>Base (before both edits)</source>
        <translation>Version de base (avant les deux modifications)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="119"/>
        <source>Master (kept for now)</source>
        <translation>Copie maître (conservée pour l&apos;instant)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="120"/>
        <source>Incoming (from the region)</source>
        <translation>Version reçue (de la région)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="130"/>
        <source>Differences between master and incoming</source>
        <translation>Différences entre la copie maître et la version reçue</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="131"/>
        <source>Keep master</source>
        <translation>Garder la copie maître</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="132"/>
        <source>Take incoming</source>
        <translation>Prendre la version reçue</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="133"/>
        <source>Edit...</source>
        <translation>Modifier...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="145"/>
        <source>Differences (long texts)</source>
        <translation>Différences (textes longs)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="152"/>
        <source>Conflicts are settled at the Executive Secretariat, in its master copy: when one of your edits meets another there, a person decides, and the decision comes back in the next master bundle. The Bundles tab lists your edits that were replaced.</source>
        <translation>Les conflits sont réglés au Secrétariat exécutif, dans sa copie maître : quand l&apos;une de vos modifications en rencontre une autre, une personne décide, et la décision revient dans le prochain paquet maître. L&apos;onglet Paquets liste vos modifications qui ont été remplacées.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="155"/>
        <source>No conflicts wait to be settled.</source>
        <translation>Aucun conflit n&apos;attend d&apos;être réglé.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="197"/>
        <source>(not known)</source>
        <translation>(inconnue)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="198"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/firstrun.py" line="26"/>
        <source>Set up SIC Desktop</source>
        <translation>Configurer SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="28"/>
        <source>There is no database at %1 yet. Who works on this computer? A regional copy sends its changes to the Executive Secretariat and needs the Secretariat&apos;s public key file (ask the Secretariat for it).</source>
        <translation>Il n&apos;y a pas encore de base de données à l&apos;emplacement %1. Qui travaille sur cet ordinateur ? Une copie régionale envoie ses modifications au Secrétariat exécutif et a besoin du fichier de clé publique du Secrétariat (demandez-le au Secrétariat).</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="33"/>
        <source>A task force leader or regional representative (regional copy)</source>
        <translation>Un responsable de groupe de travail ou un représentant régional (copie régionale)</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="34"/>
        <source>The Executive Secretariat (master copy)</source>
        <translation>Le Secrétariat exécutif (copie maître)</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="40"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="41"/>
        <location filename="../../ui/firstrun.py" line="53"/>
        <source>Name of this copy</source>
        <translation>Nom de cette copie</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="43"/>
        <location filename="../../ui/firstrun.py" line="73"/>
        <source>The Secretariat&apos;s public key file</source>
        <translation>Le fichier de clé publique du Secrétariat</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="44"/>
        <source>Choose...</source>
        <translation>Choisir...</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="54"/>
        <source>Secretariat&apos;s key</source>
        <translation>Clé du Secrétariat</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="88"/>
        <source>Give this copy a name (for example your region or office).</source>
        <translation>Donnez un nom à cette copie (par exemple votre région ou votre bureau).</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="90"/>
        <source>Choose the public key file the Secretariat sent you.</source>
        <translation>Choisissez le fichier de clé publique que le Secrétariat vous a envoyé.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history.py" line="109"/>
        <source>History of %1</source>
        <translation>Historique – %1</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="110"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="110"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="110"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="110"/>
        <source>Was</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="111"/>
        <source>Became</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="111"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="115"/>
        <source>%1 (not applied: in conflict)</source>
        <translation>%1 (non appliqué : en conflit)</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="124"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <location filename="../../ui/sync/keys.py" line="121"/>
        <source>Export my public key...</source>
        <translation>Exporter ma clé publique...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="123"/>
        <source>Trust a key file...</source>
        <translation>Faire confiance à un fichier de clé...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="125"/>
        <source>Make this site&apos;s key...</source>
        <translation>Créer la clé de ce site...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="126"/>
        <source>For a copy whose key could not be made when it was set up</source>
        <translation>Pour une copie dont la clé n&apos;a pas pu être créée lors de sa configuration</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="129"/>
        <source>Revoke the selected key</source>
        <translation>Révoquer la clé sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="137"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="137"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="137"/>
        <source>Task forces</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="138"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="138"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="138"/>
        <source>Key id</source>
        <translation>Identifiant de la clé</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="139"/>
        <location filename="../../ui/sync/keys.py" line="143"/>
        <source>Trusted keys</source>
        <translation>Clés de confiance</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="152"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), site %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2), site %3</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="155"/>
        <source>This site has no key to sign bundles with: %1</source>
        <translation>Ce site n&apos;a pas de clé pour signer les paquets : %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="159"/>
        <source>Key id &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Fingerprint &lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>Identifiant de clé &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Empreinte &lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="183"/>
        <source>Export my public key</source>
        <translation>Exporter ma clé publique</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="203"/>
        <source>Written to %1</source>
        <translation>Fichier enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="206"/>
        <source>Trust a key file</source>
        <translation>Faire confiance à un fichier de clé</translation>
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
        <translation>Ajouter un enregistrement (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="85"/>
        <location filename="../../ui/listpage.py" line="341"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="86"/>
        <location filename="../../ui/listpage.py" line="343"/>
        <source>Move the selected records to the trash (Delete)</source>
        <translation>Mettre les enregistrements sélectionnés à la corbeille (Suppr)</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="88"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="90"/>
        <source>Show the records in the trash, to restore them</source>
        <translation>Afficher les enregistrements de la corbeille pour les restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="94"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="249"/>
        <source>Open a record with Enter or a double click.</source>
        <translation>Ouvrez un enregistrement avec Entrée ou un double clic.</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="242"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="251"/>
        <source>No row holds every word searched.</source>
        <translation>Aucune ligne ne contient tous les mots cherchés.</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="253"/>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="255"/>
        <source>Nothing here yet.</source>
        <translation>Rien ici pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="256"/>
        <source>Nothing here yet: add a record with New... (Ctrl+N).</source>
        <translation>Rien ici pour l&apos;instant : ajoutez un enregistrement avec Nouveau... (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="334"/>
        <source>Restore records</source>
        <translation>la restauration d&apos;enregistrements</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="334"/>
        <source>Delete records</source>
        <translation>la suppression d&apos;enregistrements</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="341"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="342"/>
        <source>Bring the selected records back</source>
        <translation>Restaurer les enregistrements sélectionnés</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="52"/>
        <source>SIC Desktop</source>
        <translation>SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="102"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="103"/>
        <source>&amp;Export a bundle...</source>
        <translation>&amp;Exporter un paquet...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="104"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="105"/>
        <source>&amp;Open a bundle...</source>
        <translation>&amp;Ouvrir un paquet...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="108"/>
        <source>Import members from Excel...</source>
        <translation>Importer les membres depuis Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="110"/>
        <source>Export members to Excel...</source>
        <translation>Exporter les membres vers Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="112"/>
        <source>Import the inventory from Excel...</source>
        <translation>Importer l&apos;inventaire depuis Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="114"/>
        <source>Export the inventory to Excel...</source>
        <translation>Exporter l&apos;inventaire vers Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="117"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="118"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="119"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="121"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="127"/>
        <source>&amp;New record...</source>
        <translation>&amp;Nouvel enregistrement...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="129"/>
        <source>&amp;Find</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="131"/>
        <source>&amp;History of the open record</source>
        <translation>&amp;Historique de l&apos;enregistrement ouvert</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="132"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="133"/>
        <source>D&amp;uplicate the open record...</source>
        <translation>D&amp;upliquer l&apos;enregistrement ouvert...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="134"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="135"/>
        <source>&amp;Documents</source>
        <translation>D&amp;ocuments</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="136"/>
        <source>&amp;Print the minutes of the open meeting...</source>
        <translation>&amp;Imprimer le compte rendu de la réunion ouverte...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="138"/>
        <source>&amp;Minutes of the open meeting as Word or PDF...</source>
        <translation>&amp;Compte rendu de la réunion ouverte en Word ou PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="140"/>
        <source>&amp;Concept note as Word or PDF...</source>
        <translation>&amp;Note conceptuelle en Word ou PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="142"/>
        <source>&amp;Letter of support for the open concept note...</source>
        <translation>&amp;Lettre de soutien pour la note conceptuelle ouverte...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="145"/>
        <source>Blank concept-note &amp;workbook...</source>
        <translation>Classeur &amp;vierge de note conceptuelle...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="146"/>
        <source>&amp;Import a filled concept-note workbook...</source>
        <translation>I&amp;mporter un classeur de note conceptuelle rempli...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="147"/>
        <source>&amp;Export the open concept note as a workbook...</source>
        <translation>&amp;Exporter la note conceptuelle ouverte en classeur...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="150"/>
        <source>&amp;Annual progress report...</source>
        <translation>&amp;Rapport annuel d&apos;avancement...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="151"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="156"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="157"/>
        <source>&amp;About SIC Desktop</source>
        <translation>À &amp;propos de SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="233"/>
        <source>master copy</source>
        <translation>copie maître</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="234"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="233"/>
        <source>regional copy</source>
        <translation>copie régionale</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.py" line="239"/>
        <source>%n change(s) waiting to be exported</source>
        <translation>
            <numerusform>%n modification en attente d&apos;exportation</numerusform>
            <numerusform>%n modifications en attente d&apos;exportation</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="240"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="241"/>
        <source>Last bundle: %1</source>
        <translation>Dernier paquet : %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="347"/>
        <source>Open a concept note first.</source>
        <translation>Ouvrez d&apos;abord une note conceptuelle.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="394"/>
        <source>About SIC Desktop</source>
        <translation>À propos de SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="395"/>
        <source>SIC Desktop keeps the 4 per 1000 Initiative&apos;s Strategy Implementation Cycle offline: task forces, members, inventories, meetings, concept notes and funding, with signed bundles to and from the Executive Secretariat.</source>
        <translation>SIC Desktop gère hors ligne le cycle de mise en œuvre de la stratégie de l&apos;Initiative «&#xa0;4 pour 1000&#xa0;» : groupes de travail, membres, inventaires, réunions, notes conceptuelles et financements, avec des paquets signés échangés avec le Secrétariat exécutif.</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message numerus="yes">
        <location filename="../../ui/editor/participants.py" line="64"/>
        <source>Add %n participant(s)</source>
        <translation>
            <numerusform>l&apos;ajout de %n participant</numerusform>
            <numerusform>l&apos;ajout de %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/navigation.py" line="42"/>
        <location filename="../../ui/navigation.py" line="43"/>
        <source>Task forces</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="46"/>
        <source>Areas</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="58"/>
        <source>All task forces</source>
        <translation>Tous les groupes de travail</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="62"/>
        <source>Goal %1 - %2</source>
        <translation>Objectif général %1 - %2</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/overview.py" line="79"/>
        <location filename="../../ui/overview.py" line="90"/>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="81"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="81"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="81"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="81"/>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="82"/>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="82"/>
        <source>Who acts</source>
        <translation>Qui agit</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="82"/>
        <source>State</source>
        <translation>État</translation>
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
        <translation>Membres</translation>
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
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="86"/>
        <source>Validated notes</source>
        <translation>Notes validées</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="87"/>
        <source>Steps of the cycle</source>
        <translation>Étapes du cycle</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="88"/>
        <source>Task forces</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="121"/>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="121"/>
        <source>now</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="121"/>
        <source>to come</source>
        <translation>à venir</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/sync/bundles.py" line="35"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="54"/>
        <source>Open a bundle</source>
        <translation>Ouvrir un paquet</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="60"/>
        <source>Every change it holds meets an edit of the master copy: see below.</source>
        <translation>Chacune de ses modifications se heurte à une modification de la copie maître : voir ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="62"/>
        <source>Nothing new: this bundle was applied before.</source>
        <translation>Rien de nouveau : ce paquet a déjà été appliqué.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="69"/>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="72"/>
        <location filename="../../ui/sync/bundles.py" line="101"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="72"/>
        <location filename="../../ui/sync/bundles.py" line="101"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="72"/>
        <source>Master</source>
        <translation>Copie maître</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="73"/>
        <source>Incoming</source>
        <translation>Version reçue</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="73"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="82"/>
        <source>(new record)</source>
        <translation>(nouvel enregistrement)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="84"/>
        <source>(trash)</source>
        <translation>(corbeille)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/bundles.py" line="94"/>
        <source>%n conflict(s) would be queued for a person to settle</source>
        <translation>
            <numerusform>%n conflit serait mis en attente pour qu&apos;une personne le règle</numerusform>
            <numerusform>%n conflits seraient mis en attente pour qu&apos;une personne les règle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="97"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="101"/>
        <source>Was</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="102"/>
        <source>Becomes</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="102"/>
        <source>Applied</source>
        <translation>Appliqué</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="106"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="106"/>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="108"/>
        <source>What it changes, field by field</source>
        <translation>Ce qu&apos;il modifie, champ par champ</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="110"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="114"/>
        <source>Apply the bundle</source>
        <translation>Appliquer le paquet</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="127"/>
        <source>A master bundle from the Secretariat, changes %1 to %2, signed by &lt;b&gt;%3&lt;/b&gt; (site %4)</source>
        <translation>Un paquet maître du Secrétariat, modifications %1 à %2, signé par &lt;b&gt;%3&lt;/b&gt; (site %4)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="130"/>
        <source>A region&apos;s changes %1 to %2, signed by &lt;b&gt;%3&lt;/b&gt; (site %4)</source>
        <translation>Les modifications d&apos;une région, %1 à %2, signées par &lt;b&gt;%3&lt;/b&gt; (site %4)</translation>
    </message>
</context>
<context>
    <name>ProgressWatcher</name>
    <message>
        <location filename="../../ui/progress.py" line="60"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="61"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="74"/>
        <source>Cancelling: nothing will be changed...</source>
        <translation>Annulation : rien ne sera modifié...</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../ui/editor/panel.py" line="46"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="47"/>
        <source>Who changed what, and when (Ctrl+H)</source>
        <translation>Qui a modifié quoi, et quand (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="49"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="51"/>
        <location filename="../../ui/editor/panel.py" line="119"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="69"/>
        <location filename="../../ui/editor/panel.py" line="78"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="112"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="114"/>
        <source>(in the trash)</source>
        <translation>(dans la corbeille)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="118"/>
        <source>(read-only here)</source>
        <translation>(en lecture seule ici)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="119"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="154"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <location filename="../../ui/sync/settle.py" line="29"/>
        <source>Settle with a new value</source>
        <translation>Régler avec une nouvelle valeur</translation>
    </message>
    <message>
        <location filename="../../ui/sync/settle.py" line="30"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync/page.py" line="26"/>
        <source>Bundles</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="27"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="28"/>
        <source>Keys and trust</source>
        <translation>Clés et confiance</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../../ui/sync/keys.py" line="74"/>
        <source>Trust a key</source>
        <translation>Faire confiance à une clé</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="75"/>
        <source>Compare this fingerprint with the one the person reads to you (by telephone or in person) before trusting the key.</source>
        <translation>Comparez cette empreinte avec celle que la personne vous lit (par téléphone ou en personne) avant de faire confiance à la clé.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="79"/>
        <source>Task force leader (TFL)</source>
        <translation>Responsable de groupe de travail (TFL)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="80"/>
        <source>Task force regional representative (TFRR)</source>
        <translation>Représentant régional de groupe de travail (TFRR)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="90"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="91"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="92"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="93"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="94"/>
        <source>Task forces</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="95"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="153"/>
        <source>SIC Desktop</source>
        <translation>SIC Desktop</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <location filename="../../ui/areas.py" line="18"/>
        <source>Cycle overview</source>
        <translation>Vue d&apos;ensemble du cycle</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="19"/>
        <source>Members and candidacies</source>
        <translation>Membres et candidatures</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="21"/>
        <source>Key players</source>
        <translation>Acteurs clés</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="22"/>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="23"/>
        <source>Action plan and indicators</source>
        <translation>Plan d&apos;action et indicateurs</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="25"/>
        <source>Meetings and minutes</source>
        <translation>Réunions et comptes rendus</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="26"/>
        <source>Project ideas and teams</source>
        <translation>Idées de projet et équipes</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="28"/>
        <source>Concept notes</source>
        <translation>Notes conceptuelles</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="29"/>
        <source>Assessments and validations</source>
        <translation>Évaluations et validations</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="31"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="34"/>
        <source>Reference data</source>
        <translation>Données de référence</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="37"/>
        <location filename="../../ui/sync/page.py" line="22"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
</context>
<context>
    <name>bundle kinds</name>
    <message>
        <location filename="../../ui/sync/codes.py" line="32"/>
        <source>changes</source>
        <translation>régional</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="33"/>
        <source>master</source>
        <translation>maître</translation>
    </message>
</context>
<context>
    <name>change kinds</name>
    <message>
        <location filename="../../ui/sync/codes.py" line="12"/>
        <source>insert</source>
        <translation>création</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="13"/>
        <source>update</source>
        <translation>modification</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="14"/>
        <source>delete</source>
        <translation>suppression</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="15"/>
        <source>undelete</source>
        <translation>restauration</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <location filename="../../ui/words.py" line="200"/>
        <source>TF meeting</source>
        <translation>réunion du groupe de travail</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="201"/>
        <source>TFL</source>
        <translation>TFL</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="202"/>
        <source>TFL meeting</source>
        <translation>réunion des TFL</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="203"/>
        <source>TFL-TFRR planning</source>
        <translation>planification TFL-TFRR</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="204"/>
        <source>TFM</source>
        <translation>TFM</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="205"/>
        <source>TFRR</source>
        <translation>TFRR</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="206"/>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="207"/>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="208"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="209"/>
        <source>apologies</source>
        <translation>excusé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="210"/>
        <source>applied</source>
        <translation>demandée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="211"/>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="212"/>
        <source>assessed</source>
        <translation>évaluée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="213"/>
        <source>complete</source>
        <translation>complète</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="214"/>
        <source>completed</source>
        <translation>achevée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="215"/>
        <source>declined</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="216"/>
        <source>deferred</source>
        <translation>reportée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="217"/>
        <source>done</source>
        <translation>réalisée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="218"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="219"/>
        <source>dropped</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="220"/>
        <source>full proposal requested</source>
        <translation>proposition complète demandée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="221"/>
        <source>funded</source>
        <translation>financée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="222"/>
        <source>global</source>
        <translation>mondial</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="223"/>
        <source>in preparation</source>
        <translation>en préparation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="224"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="225"/>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="226"/>
        <source>interested</source>
        <translation>intéressé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="227"/>
        <source>invited</source>
        <translation>invité</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="228"/>
        <source>left</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="229"/>
        <source>not approved</source>
        <translation>non approuvée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="230"/>
        <source>not proposed</source>
        <translation>non proposée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="231"/>
        <source>not recommended</source>
        <translation>non recommandée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="232"/>
        <source>not validated</source>
        <translation>non validée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="233"/>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="234"/>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="235"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="236"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="237"/>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="238"/>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="239"/>
        <source>project team meeting</source>
        <translation>réunion d&apos;équipe de projet</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="240"/>
        <source>proposed</source>
        <translation>proposée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="241"/>
        <source>recommended</source>
        <translation>recommandée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="242"/>
        <source>regional</source>
        <translation>régional</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="243"/>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="244"/>
        <source>revise and resubmit</source>
        <translation>à réviser et à soumettre de nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="245"/>
        <source>submitted</source>
        <translation>soumise</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="246"/>
        <source>validated</source>
        <translation>validée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="247"/>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
</context>
<context>
    <name>conflict kinds</name>
    <message>
        <location filename="../../ui/sync/codes.py" line="22"/>
        <source>value</source>
        <translation>valeur modifiée des deux côtés</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="23"/>
        <source>edit-delete</source>
        <translation>modification d&apos;un enregistrement supprimé</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="24"/>
        <source>delete-edit</source>
        <translation>suppression d&apos;un enregistrement modifié</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="25"/>
        <source>orphan</source>
        <translation>lien vers un enregistrement supprimé</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../ui/words.py" line="281"/>
        <source>  ... and %1 more</source>
        <translation>  ... et %1 de plus</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="282"/>
        <source>%1 (%2, key %3)</source>
        <translation>%1 (%2, clé %3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="283"/>
        <source>%1 already exists: choose another file or remove it first</source>
        <translation>%1 existe déjà : choisissez un autre fichier ou supprimez-le d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="284"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="285"/>
        <source>%1 claims changes %2-%3 of %4, but different changes with those numbers were imported before (a copied laptop, or a restored backup?): the bundle was quarantined and nothing was applied</source>
        <translation>%1 revendique les modifications %2 à %3 de %4, mais d&apos;autres modifications portant ces numéros ont déjà été importées (un ordinateur copié, ou une sauvegarde restaurée ?) : le paquet a été mis en quarantaine et rien n&apos;a été appliqué</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="286"/>
        <source>%1 does not hold an Ed25519 key</source>
        <translation>%1 ne contient pas de clé Ed25519</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="287"/>
        <source>%1 hands over a key of site %2, not of the Secretariat pinned here (site %3): it was refused</source>
        <translation>%1 transmet une clé du site %2, et non du Secrétariat enregistré ici (site %3) : il a été refusé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="288"/>
        <source>%1 hands over the key of %2 (%3), not the Secretariat&apos;s</source>
        <translation>%1 transmet la clé de %2 (%3), et non celle du Secrétariat</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="289"/>
        <source>%1 has an encrypted entry %2</source>
        <translation>%1 contient une entrée chiffrée %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="290"/>
        <source>%1 has an entry %2 that is not a plain file (a link?)</source>
        <translation>%1 contient une entrée %2 qui n&apos;est pas un simple fichier (un lien ?)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="291"/>
        <source>%1 has an entry with a forbidden name %2</source>
        <translation>%1 contient une entrée au nom interdit %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="292"/>
        <source>%1 has an entry with an empty or overlong name</source>
        <translation>%1 contient une entrée au nom vide ou trop long</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="293"/>
        <source>%1 has an unknown format %2</source>
        <translation>%1 a un format inconnu %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="294"/>
        <source>%1 has no field %2</source>
        <translation>%1 n&apos;a pas de champ %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="295"/>
        <source>%1 has no sheet named %2: is it a SIC Desktop concept-note workbook?</source>
        <translation>%1 n&apos;a pas de feuille nommée %2 : s&apos;agit-il d&apos;un classeur de note conceptuelle SIC Desktop ?</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="296"/>
        <source>%1 has overlapping entries (%2)</source>
        <translation>%1 contient des entrées qui se chevauchent (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="297"/>
        <source>%1 has too many entries (%2)</source>
        <translation>%1 contient trop d&apos;entrées (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="298"/>
        <source>%1 has unexplained data before its first entry</source>
        <translation>%1 contient des données inexpliquées avant sa première entrée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="299"/>
        <source>%1 holds entries its manifest does not list: %2</source>
        <translation>%1 contient des entrées que son manifeste ne liste pas : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="300"/>
        <source>%1 holds the entry %2 twice</source>
        <translation>%1 contient deux fois l&apos;entrée %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="301"/>
        <source>%1 holds too much data (more than %2)</source>
        <translation>%1 contient trop de données (plus de %2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="302"/>
        <source>%1 is a region&apos;s change bundle; only the Secretariat can import it</source>
        <translation>%1 est un paquet de modifications d&apos;une région ; seul le Secrétariat peut l&apos;importer</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="303"/>
        <source>%1 is damaged (%2)</source>
        <translation>%1 est endommagé (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="304"/>
        <source>%1 is damaged or cut short (entry %2: %3)</source>
        <translation>%1 est endommagé ou tronqué (entrée %2 : %3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="305"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="306"/>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="307"/>
        <source>%1 is nested too deeply</source>
        <translation>%1 est trop profondément imbriqué</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="308"/>
        <source>%1 is nested too deeply (more than %2)</source>
        <translation>%1 est trop profondément imbriqué (plus de %2 niveaux)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="309"/>
        <source>%1 is not a SIC Desktop bundle (no signed manifest)</source>
        <translation>%1 n&apos;est pas un paquet SIC Desktop (pas de manifeste signé)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="310"/>
        <source>%1 is not a SIC Desktop bundle (not a ZIP file, or cut short)</source>
        <translation>%1 n&apos;est pas un paquet SIC Desktop (pas un fichier ZIP, ou tronqué)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="311"/>
        <source>%1 is not a SIC Desktop bundle (unknown manifest)</source>
        <translation>%1 n&apos;est pas un paquet SIC Desktop (manifeste inconnu)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="312"/>
        <source>%1 is not a SIC Desktop database</source>
        <translation>%1 n&apos;est pas une base de données SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="313"/>
        <source>%1 is not a SIC Desktop key handover file</source>
        <translation>%1 n&apos;est pas un fichier de transmission de clé SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="314"/>
        <source>%1 is not a SIC Desktop public key file</source>
        <translation>%1 n&apos;est pas un fichier de clé publique SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="315"/>
        <source>%1 is not a number JSON allows</source>
        <translation>%1 n&apos;est pas un nombre autorisé en JSON</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="316"/>
        <source>%1 is not a sound SIC Desktop backup (%2); nothing was restored</source>
        <translation>%1 n&apos;est pas une sauvegarde SIC Desktop saine (%2) ; rien n&apos;a été restauré</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="317"/>
        <source>%1 is not an Excel workbook (.xlsx) or it is damaged (%2)</source>
        <translation>%1 n&apos;est pas un classeur Excel (.xlsx) ou il est endommagé (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="318"/>
        <source>%1 is not an Excel workbook (.xlsx): %2</source>
        <translation>%1 n&apos;est pas un classeur Excel (.xlsx) : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="319"/>
        <source>%1 is not in the list (%2)</source>
        <translation>%1 ne figure pas dans la liste (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="320"/>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 n&apos;est pas du JSON valide : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="321"/>
        <source>%1 is not valid UTF-8 (byte %2)</source>
        <translation>%1 n&apos;est pas de l&apos;UTF-8 valide (octet %2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="322"/>
        <source>%1 is older than the last master bundle applied here (%2 &lt; %3): it was refused</source>
        <translation>%1 est plus ancien que le dernier paquet maître appliqué ici (%2 &lt; %3) : il a été refusé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="323"/>
        <source>%1 is signed by %2&apos;s key %3, which was revoked</source>
        <translation>%1 est signé par la clé %3 de %2, qui a été révoquée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="324"/>
        <source>%1 is signed by %2, a regional key: only the Secretariat&apos;s key may sign a master bundle</source>
        <translation>%1 est signé par %2, une clé régionale : seule la clé du Secrétariat peut signer un paquet maître</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="325"/>
        <source>%1 is signed by the unknown key %2: this copy does not trust it (not enrolled here, or made for another Secretariat)</source>
        <translation>%1 est signé par la clé inconnue %2 : cette copie ne lui fait pas confiance (non inscrite ici, ou créée pour un autre Secrétariat)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="326"/>
        <source>%1 is the key of %2 (%3), not of the Executive Secretariat</source>
        <translation>%1 est la clé de %2 (%3), et non celle du Secrétariat exécutif</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="327"/>
        <source>%1 is too large (%2 bytes; at most %3)</source>
        <translation>%1 est trop volumineux (%2 octets ; au plus %3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="328"/>
        <source>%1 is too large (more than %2 bytes)</source>
        <translation>%1 est trop volumineux (plus de %2 octets)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="329"/>
        <source>%1 is too large to be a concept note (%2 MB unpacked)</source>
        <translation>%1 est trop volumineux pour être une note conceptuelle (%2 Mo décompressés)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="330"/>
        <source>%1 is truncated (the last line has no end)</source>
        <translation>%1 est tronqué (la dernière ligne n&apos;a pas de fin)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="331"/>
        <source>%1 is vouched for by key %2, not by %3</source>
        <translation>%1 est garanti par la clé %2, et non par %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="332"/>
        <source>%1 is vouched for by key %2, revoked here: it was refused</source>
        <translation>%1 est garanti par la clé %2, révoquée ici : il a été refusé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="333"/>
        <source>%1 is vouched for by key %2, which is not the Secretariat key pinned here: it was refused</source>
        <translation>%1 est garanti par la clé %2, qui n&apos;est pas la clé du Secrétariat enregistrée ici : il a été refusé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="334"/>
        <source>%1 lacks entries its manifest lists: %2</source>
        <translation>%1 ne contient pas des entrées que son manifeste liste : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="335"/>
        <source>%1 may not change %2: %3 is the Secretariat&apos;s reference data</source>
        <translation>%1 ne peut pas modifier %2 : %3 fait partie des données de référence du Secrétariat</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="336"/>
        <source>%1 may not change %2: it is outside their region</source>
        <translation>%1 ne peut pas modifier %2 : c&apos;est hors de sa région</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="337"/>
        <source>%1 may not change %2: it is outside their task forces</source>
        <translation>%1 ne peut pas modifier %2 : c&apos;est hors de ses groupes de travail</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="338"/>
        <source>%1 names key %2 but holds another key</source>
        <translation>%1 nomme la clé %2 mais en contient une autre</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="339"/>
        <source>%1 starts with a byte-order mark</source>
        <translation>%1 commence par une marque d&apos;ordre d&apos;octets (BOM)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="340"/>
        <source>%1 uses an unsupported compression in %2</source>
        <translation>%1 utilise une compression non prise en charge dans %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="341"/>
        <source>%1 was made by a newer SIC Desktop (%2 %3; this one reads up to %4): update SIC Desktop, then import it again</source>
        <translation>%1 a été créé par une version plus récente de SIC Desktop (%2 %3 ; celle-ci lit jusqu&apos;à %4) : mettez SIC Desktop à jour, puis importez-le à nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="342"/>
        <source>%1 was made for another copy (site %2), not for this one (%3, site %4)</source>
        <translation>%1 a été créé pour une autre copie (site %2), et non pour celle-ci (%3, site %4)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="343"/>
        <source>%1 was moved to the trash since</source>
        <translation>%1 a été mis à la corbeille entre-temps</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="344"/>
        <source>%1 was restored from the trash since</source>
        <translation>%1 a été sorti de la corbeille entre-temps</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="345"/>
        <source>%1 was written by a newer version of SIC Desktop (schema %2); update SIC Desktop to open it</source>
        <translation>%1 a été écrit par une version plus récente de SIC Desktop (schéma %2) ; mettez SIC Desktop à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="346"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="347"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="348"/>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="349"/>
        <source>%1, row %2, column %3: %4</source>
        <translation>%1, ligne %2, colonne %3 : %4</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="350"/>
        <source>%1.%2 cannot hold a list or object</source>
        <translation>%1.%2 ne peut pas contenir de liste ni d&apos;objet</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="351"/>
        <source>%1.%2 may not be empty</source>
        <translation>%1.%2 ne peut pas être vide</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="352"/>
        <source>%1.%2: %3 is not a valid %4</source>
        <translation>%1.%2 : %3 n&apos;est pas un(e) %4 valide</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="353"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="354"/>
        <source>%1: %2 has no field %3</source>
        <translation>%1 : %2 n&apos;a pas de champ %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="355"/>
        <source>%1: %2 is not a kind of change</source>
        <translation>%1 : %2 n&apos;est pas un type de modification</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="356"/>
        <source>%1: %2 is not a table a bundle may change</source>
        <translation>%1 : %2 n&apos;est pas une table qu&apos;un paquet peut modifier</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="357"/>
        <source>%1: %2 was changed since (it now holds %3)</source>
        <translation>%1 : %2 a été modifié entre-temps (il contient maintenant %3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="358"/>
        <source>%1: %2.%3: %4 is not a valid %5</source>
        <translation>%1 : %2.%3 : %4 n&apos;est pas un(e) %5 valide</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="359"/>
        <source>%1: a malformed %2</source>
        <translation>%1 : %2 mal formé(e)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="360"/>
        <source>%1: a malformed insert</source>
        <translation>%1 : un ajout mal formé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="361"/>
        <source>%1: a number is too large to be finite</source>
        <translation>%1 : un nombre est trop grand pour être fini</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="362"/>
        <source>%1: a text holds a lone UTF-16 surrogate</source>
        <translation>%1 : un texte contient un demi-caractère UTF-16 isolé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="363"/>
        <source>%1: a text of %2 characters is too long (at most %3)</source>
        <translation>%1 : un texte de %2 caractères est trop long (au plus %3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="364"/>
        <source>%1: change %2</source>
        <translation>%1 : modification %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="365"/>
        <source>%1: changes</source>
        <translation>%1 : modifications</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="366"/>
        <source>%1: its changes are not exactly %2&apos;s changes %3-%4 in order</source>
        <translation>%1 : ses modifications ne sont pas exactement les modifications %3 à %4 de %2, dans l&apos;ordre</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="367"/>
        <source>%1: missing changes %2-%3 of %4; ask the region for a new export (it holds every change not yet acknowledged)</source>
        <translation>%1 : il manque les modifications %2 à %3 de %4 ; demandez à la région un nouvel export (elle conserve toutes les modifications pas encore confirmées)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="368"/>
        <source>%1: no column titled %2 in row 1</source>
        <translation>%1 : aucune colonne intitulée %2 dans la ligne 1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="369"/>
        <source>%1: no row labelled %2 in column A</source>
        <translation>%1 : aucune ligne intitulée %2 dans la colonne A</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="370"/>
        <source>%1: no such backup</source>
        <translation>%1 : cette sauvegarde n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="371"/>
        <source>%1: no such file</source>
        <translation>%1 : ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="372"/>
        <source>%1: not a change (wrong or missing keys)</source>
        <translation>%1 : pas une modification (clés erronées ou manquantes)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="373"/>
        <source>%1: the %2 %3 is not valid</source>
        <translation>%1 : le champ %2 %3 n&apos;est pas valide</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="374"/>
        <source>%1: the %2 of %3 is too long</source>
        <translation>%1 : le champ %2 de %3 est trop long</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="375"/>
        <source>%1: the %2 of field %3 makes no sense</source>
        <translation>%1 : %2 du champ %3 n&apos;a pas de sens</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="376"/>
        <source>%1: the Secretariat imports regions&apos; change bundles only</source>
        <translation>%1 : le Secrétariat n&apos;importe que les paquets de modifications des régions</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="377"/>
        <source>%1: the attachment %2 is not named by its SHA-256</source>
        <translation>%1 : la pièce jointe %2 n&apos;est pas nommée par son SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="378"/>
        <source>%1: the entry %2 does not have the size the manifest says</source>
        <translation>%1 : l&apos;entrée %2 n&apos;a pas la taille indiquée par le manifeste</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="379"/>
        <source>%1: the entry %2 expands suspiciously (a ZIP bomb?)</source>
        <translation>%1 : l&apos;entrée %2 se décompresse de façon suspecte (une bombe ZIP ?)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="380"/>
        <source>%1: the entry %2 is too large</source>
        <translation>%1 : l&apos;entrée %2 est trop volumineuse</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="381"/>
        <source>%1: the entry %2 was altered (its SHA-256 differs)</source>
        <translation>%1 : l&apos;entrée %2 a été altérée (son SHA-256 diffère)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="382"/>
        <source>%1: the field name is not valid</source>
        <translation>%1 : le nom du champ n&apos;est pas valide</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="383"/>
        <source>%1: the integer %2 is too large</source>
        <translation>%1 : l&apos;entier %2 est trop grand</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="384"/>
        <source>%1: the manifest</source>
        <translation>%1 : le manifeste</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="385"/>
        <source>%1: the manifest does not list the changes</source>
        <translation>%1 : le manifeste ne liste pas les modifications</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="386"/>
        <source>%1: the manifest has missing or unknown fields</source>
        <translation>%1 : le manifeste a des champs manquants ou inconnus</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="387"/>
        <source>%1: the manifest holds a number that is not valid</source>
        <translation>%1 : le manifeste contient un nombre non valide</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="388"/>
        <source>%1: the manifest is malformed</source>
        <translation>%1 : le manifeste est mal formé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="389"/>
        <source>%1: the manifest lists an unknown entry %2</source>
        <translation>%1 : le manifeste liste une entrée inconnue %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="390"/>
        <source>%1: the manifest names another signer than the signature</source>
        <translation>%1 : le manifeste nomme un autre signataire que la signature</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="391"/>
        <source>%1: the manifest&apos;s %2 is not valid</source>
        <translation>%1 : le champ %2 du manifeste n&apos;est pas valide</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="392"/>
        <source>%1: the manifest&apos;s deletes_seen is malformed</source>
        <translation>%1 : le champ deletes_seen du manifeste est mal formé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="393"/>
        <source>%1: the new %2 lacks %3</source>
        <translation>%1 : le nouvel enregistrement %2 n&apos;a pas de %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="394"/>
        <source>%1: the sequence number %2 is not valid</source>
        <translation>%1 : le numéro de séquence %2 n&apos;est pas valide</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="395"/>
        <source>%1: the signature entry is damaged</source>
        <translation>%1 : l&apos;entrée de signature est endommagée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="396"/>
        <source>%1: the trust registry</source>
        <translation>%1 : le registre de confiance</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="397"/>
        <source>%1: the trust registry is malformed</source>
        <translation>%1 : le registre de confiance est mal formé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="398"/>
        <source>%1: unknown bundle kind %2</source>
        <translation>%1 : type de paquet inconnu %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="399"/>
        <source>%1: write a .docx or a .pdf file</source>
        <translation>%1 : écrivez un fichier .docx ou .pdf</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="400"/>
        <source>--for is for the Secretariat; a region exports to the Secretariat</source>
        <translation>--for est réservé au Secrétariat ; une région exporte vers le Secrétariat</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="401"/>
        <source>--value takes JSON (a quoted text, a number, true/false or null): %1</source>
        <translation>--value attend du JSON (un texte entre guillemets, un nombre, true/false ou null) : %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="402"/>
        <source>A possible duplicate is settled with --keep-master or --take-incoming</source>
        <translation>Un doublon possible se règle avec --keep-master ou --take-incoming</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="403"/>
        <source>A task force leader or representative needs --task-force CODE</source>
        <translation>Un responsable ou représentant de groupe de travail a besoin de --task-force CODE</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="404"/>
        <source>Cannot %1: %2. Undo or change back those edits first; nothing was changed</source>
        <translation>Action impossible (%1) : %2. Annulez ou rétablissez d&apos;abord ces modifications ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="405"/>
        <source>Choose one of %1</source>
        <translation>Choisissez parmi %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="406"/>
        <source>Concept note, ID: no concept note %1 in task force %2; clear the ID to add the note as a new one</source>
        <translation>Note conceptuelle, ID : aucune note conceptuelle %1 dans le groupe de travail %2 ; videz l&apos;ID pour ajouter la note comme nouvelle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="407"/>
        <source>Concept note, Region: unknown region %1</source>
        <translation>Note conceptuelle, Région : région inconnue %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="408"/>
        <source>Concept note, Task force objective(s): unknown objective %1; known: %2</source>
        <translation>Note conceptuelle, Objectif(s) du groupe de travail : objectif inconnu %1 ; connus : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="409"/>
        <source>Decision: %1 is not one of: %2</source>
        <translation>Décision : %1 ne fait pas partie de : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="410"/>
        <source>LibreOffice (soffice) is not installed</source>
        <translation>LibreOffice (soffice) n&apos;est pas installé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="411"/>
        <source>LibreOffice could not convert %1: %2</source>
        <translation>LibreOffice n&apos;a pas pu convertir %1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="412"/>
        <source>LibreOffice did not convert %1 to %2</source>
        <translation>LibreOffice n&apos;a pas converti %1 en %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="413"/>
        <source>No %1 with id %2</source>
        <translation>%1 introuvable (identifiant %2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="414"/>
        <source>No active regional key is trusted for site %1: see `trust list`</source>
        <translation>Aucune clé régionale active n&apos;est approuvée pour le site %1 : voir `trust list`</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="415"/>
        <source>No concept note with id %1</source>
        <translation>Note conceptuelle introuvable (identifiant %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="416"/>
        <source>No conflict with id %1</source>
        <translation>Conflit introuvable (identifiant %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="417"/>
        <source>No cycle %1; known: %2</source>
        <translation>Aucun cycle %1 ; connus : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="418"/>
        <source>No database at %1: create one with `sic-desktop init`</source>
        <translation>Aucune base de données à l&apos;emplacement %1 : créez-en une avec `sic-desktop init`</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="419"/>
        <source>No meeting with id %1</source>
        <translation>Réunion introuvable (identifiant %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="420"/>
        <source>No task force %1; known: %2</source>
        <translation>Aucun groupe de travail %1 ; connus : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="421"/>
        <source>No trusted key with id %1</source>
        <translation>Clé de confiance introuvable (identifiant %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="422"/>
        <source>PDF output needs LibreOffice (soffice), which is not installed; write a .docx instead, or install LibreOffice</source>
        <translation>La sortie PDF nécessite LibreOffice (soffice), qui n&apos;est pas installé ; écrivez plutôt un .docx, ou installez LibreOffice</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="423"/>
        <source>Site %1 already has the active key %2; revoke it first</source>
        <translation>Le site %1 a déjà la clé active %2 ; révoquez-la d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="424"/>
        <source>The %1 cannot be saved - %2</source>
        <translation>Enregistrement impossible (%1) - %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="425"/>
        <source>The %1 list belongs to the Executive Secretariat: it is read-only in a regional copy and arrives with the master bundle</source>
        <translation>La liste « %1 » appartient au Secrétariat exécutif : elle est en lecture seule dans une copie régionale et arrive avec le paquet maître</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="426"/>
        <source>The Secretariat exports a master bundle for a site: --for SITE_ID</source>
        <translation>Le Secrétariat exporte un paquet maître pour un site : --for SITE_ID</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="427"/>
        <source>The concept note %1 has not been validated by the Bureau: a letter of support follows a validation</source>
        <translation>La note conceptuelle %1 n&apos;a pas été validée par le Bureau : une lettre de soutien suit une validation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="428"/>
        <source>The conflict %1 was already resolved</source>
        <translation>Le conflit %1 a déjà été résolu</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="429"/>
        <source>The key %1 of %2 was revoked; it cannot return</source>
        <translation>La clé %1 de %2 a été révoquée ; elle ne peut pas revenir</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="430"/>
        <source>The role must be one of: %1</source>
        <translation>Le rôle doit être l&apos;un de : %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="431"/>
        <source>The site needs a name (for example the region or &apos;Executive Secretariat&apos;)</source>
        <translation>Le site a besoin d&apos;un nom (par exemple la région ou « Secrétariat exécutif »)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="432"/>
        <source>This %1 belongs to a task force outside this copy&apos;s (%2): it is read-only here, and only the Secretariat or that task force can change it</source>
        <translation>Cet enregistrement (%1) appartient à un groupe de travail hors de ceux de cette copie (%2) : il est en lecture seule ici, et seuls le Secrétariat ou ce groupe de travail peuvent le modifier</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="433"/>
        <source>This %1 belongs to another region: it is read-only here</source>
        <translation>Cet enregistrement (%1) appartient à une autre région : il est en lecture seule ici</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="434"/>
        <source>This database has no site yet: run `sic-desktop init` first</source>
        <translation>Cette base de données n&apos;a pas encore de site : lancez d&apos;abord `sic-desktop init`</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="435"/>
        <source>This regional copy has no Secretariat key pinned: re-run init</source>
        <translation>Cette copie régionale n&apos;a pas de clé du Secrétariat enregistrée : relancez init</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="436"/>
        <source>Unknown region %1</source>
        <translation>Région inconnue %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="499"/>
        <source>%n %1 record(s) added</source>
        <translation>
            <numerusform>%1 : %n enregistrement ajouté</numerusform>
            <numerusform>%1 : %n enregistrements ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="500"/>
        <source>%n %1 record(s) changed</source>
        <translation>
            <numerusform>%1 : %n enregistrement modifié</numerusform>
            <numerusform>%1 : %n enregistrements modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="501"/>
        <source>%n %1 record(s) moved to the trash</source>
        <translation>
            <numerusform>%1 : %n enregistrement mis à la corbeille</numerusform>
            <numerusform>%1 : %n enregistrements mis à la corbeille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="502"/>
        <source>%n %1 record(s) restored</source>
        <translation>
            <numerusform>%1 : %n enregistrement restauré</numerusform>
            <numerusform>%1 : %n enregistrements restaurés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="503"/>
        <source>%n %1 record(s): %2</source>
        <translation>
            <numerusform>%1 : %n enregistrement : %2</numerusform>
            <numerusform>%1 : %n enregistrements : %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="504"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n ajout</numerusform>
            <numerusform>%n ajouts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="505"/>
        <source>%n field change(s) logged</source>
        <translation>
            <numerusform>%n modification de champ consignée</numerusform>
            <numerusform>%n modifications de champ consignées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="506"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="507"/>
        <source>%n value(s) already equal</source>
        <translation>
            <numerusform>%n valeur déjà identique</numerusform>
            <numerusform>%n valeurs déjà identiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="508"/>
        <source>Nothing was imported: %n problem(s) found
%1</source>
        <translation>
            <numerusform>Rien n&apos;a été importé : %n problème trouvé
%1</numerusform>
            <numerusform>Rien n&apos;a été importé : %n problèmes trouvés
%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="509"/>
        <source>Unknown task force code(s): %1</source>
        <translation>
            <numerusform>Code de groupe de travail inconnu : %1</numerusform>
            <numerusform>Codes de groupe de travail inconnus : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="437"/>
        <source>a key for site %1 already exists; it was not replaced</source>
        <translation>une clé pour le site %1 existe déjà ; elle n&apos;a pas été remplacée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="438"/>
        <source>activity</source>
        <translation>activité</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="439"/>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="440"/>
        <source>cell %1 %2</source>
        <translation>cellule %1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="441"/>
        <source>cell %1 is before the start</source>
        <translation>cellule %1 : la date est antérieure au début</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="442"/>
        <source>change %1 edits the %2 %3, which the master copy does not have</source>
        <translation>la modification %1 touche %2 %3, que la copie maître n&apos;a pas</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="443"/>
        <source>change %1 of site %2: the %3 %4 refers (%5) to %6 %7, which this copy does not have and the bundle does not bring; nothing was applied</source>
        <translation>modification %1 du site %2 : %3 %4 fait référence (%5) à %6 %7, que cette copie n&apos;a pas et que le paquet n&apos;apporte pas ; rien n&apos;a été appliqué</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="444"/>
        <source>change %1: %2.%3 may not be empty</source>
        <translation>modification %1 : %2.%3 ne peut pas être vide</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="445"/>
        <source>change %1: the %2 %3: %4 %5</source>
        <translation>modification %1 : %2 %3 : %4 %5</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="446"/>
        <source>change %1: the new %2 %3 refers to %4 %5, which does not exist</source>
        <translation>modification %1 : le nouvel enregistrement %2 %3 fait référence à %4 %5, qui n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="447"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="448"/>
        <source>date and time</source>
        <translation>date et heure</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="449"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="450"/>
        <source>may not be negative (found %1)</source>
        <translation>ne peut pas être négatif (trouvé : %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="451"/>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="452"/>
        <source>must be a date such as 2025-03-31 (found %1)</source>
        <translation>doit être une date comme 2025-03-31 (trouvé : %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="453"/>
        <source>must be a number (found %1)</source>
        <translation>doit être un nombre (trouvé : %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="454"/>
        <source>must be a whole number (found %1)</source>
        <translation>doit être un nombre entier (trouvé : %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="455"/>
        <source>must be at least 1 (found %1)</source>
        <translation>doit valoir au moins 1 (trouvé : %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="456"/>
        <source>no %1 with this ID in task force %2</source>
        <translation>aucun(e) %1 avec cet ID dans le groupe de travail %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="457"/>
        <source>no keyring works on this machine, so the key of site %1 is kept in %2, encrypted: give its passphrase (or set %3)</source>
        <translation>aucun trousseau de clés ne fonctionne sur cet ordinateur, la clé du site %1 est donc conservée dans %2, chiffrée : indiquez sa phrase secrète (ou définissez %3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="458"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="459"/>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="460"/>
        <source>redo %1</source>
        <translation>rétablir %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="461"/>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="462"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="463"/>
        <source>the %1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="464"/>
        <source>the %1 %2 (change %3)</source>
        <translation>%1 %2 (modification %3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="465"/>
        <source>the %1 %2 no longer exists</source>
        <translation>%1 %2 n&apos;existe plus</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="466"/>
        <source>the %1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="467"/>
        <source>the JSON</source>
        <translation>le JSON</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="468"/>
        <source>the JSON lines</source>
        <translation>les lignes JSON</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="469"/>
        <source>the bundle</source>
        <translation>le paquet</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="470"/>
        <source>the clock of %1 seems wrong (a change dated %2); it does not matter for the merge</source>
        <translation>l&apos;horloge de %1 semble fausse (une modification datée du %2) ; cela n&apos;a pas d&apos;importance pour la fusion</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="471"/>
        <source>the end is before the start</source>
        <translation>la fin est antérieure au début</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="472"/>
        <source>the import</source>
        <translation>l&apos;importation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="473"/>
        <source>the key %1 appears twice in one object</source>
        <translation>la clé %1 apparaît deux fois dans un même objet</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="474"/>
        <source>the key file %1 of site %2 cannot be opened: wrong passphrase, or the file is damaged</source>
        <translation>le fichier de clé %1 du site %2 ne peut pas être ouvert : phrase secrète erronée, ou fichier endommagé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="475"/>
        <source>the key for site %1 is missing; re-enrol this copy with the Secretariat (it is neither in the keyring nor in %2)</source>
        <translation>la clé du site %1 est manquante ; réinscrivez cette copie auprès du Secrétariat (elle n&apos;est ni dans le trousseau de clés ni dans %2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="476"/>
        <source>the key handover file</source>
        <translation>le fichier de transmission de clé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="477"/>
        <source>the key of site %1 is still here; a new one is made only when it is lost</source>
        <translation>la clé du site %1 est toujours là ; une nouvelle clé n&apos;est créée que si elle est perdue</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="478"/>
        <source>the keyring did not keep the new key of site %1</source>
        <translation>le trousseau de clés n&apos;a pas conservé la nouvelle clé du site %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="479"/>
        <source>the keyring entry for site %1 is not a SIC Desktop key; re-enrol</source>
        <translation>l&apos;entrée du trousseau de clés pour le site %1 n&apos;est pas une clé SIC Desktop ; réinscrivez-vous</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="480"/>
        <source>the master bundle&apos;s trust registry is malformed</source>
        <translation>le registre de confiance du paquet maître est mal formé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="481"/>
        <source>the new %1 %2 lacks %3</source>
        <translation>le nouvel enregistrement %1 %2 n&apos;a pas de %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="482"/>
        <source>the new key in %1</source>
        <translation>la nouvelle clé dans %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="483"/>
        <source>the public key file</source>
        <translation>le fichier de clé publique</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="484"/>
        <source>the signature of %1 does not match: it was altered, or signed by another key</source>
        <translation>la signature de %1 ne correspond pas : il a été altéré, ou signé par une autre clé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="485"/>
        <source>the signature of %1 is damaged (%2 bytes, not 64)</source>
        <translation>la signature de %1 est endommagée (%2 octets au lieu de 64)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="486"/>
        <source>the template %1 cannot be filled: %2. `sic-desktop documents check-template` names what is wrong.</source>
        <translation>le modèle %1 ne peut pas être rempli : %2. `sic-desktop documents check-template` indique ce qui ne va pas.</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="487"/>
        <source>the template %1 is not a Word document (.docx): %2</source>
        <translation>le modèle %1 n&apos;est pas un document Word (.docx) : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="488"/>
        <source>this ID appears on an earlier row too</source>
        <translation>cet ID apparaît aussi sur une ligne précédente</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="489"/>
        <source>this column is missing from the first row</source>
        <translation>cette colonne manque dans la première ligne</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="490"/>
        <source>undo %1</source>
        <translation>annuler %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="491"/>
        <source>unknown %1 %2; known: %3</source>
        <translation>%1 inconnu(e) %2 ; connus : %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="492"/>
        <source>unknown column title %1; expected: %2</source>
        <translation>titre de colonne inconnu %1 ; attendus : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="493"/>
        <source>whole number</source>
        <translation>nombre entier</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="494"/>
        <source>yes/no value</source>
        <translation>valeur oui/non</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="39"/>
        <source>New %1</source>
        <translation>Nouvel enregistrement : %1</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../ui/documents.py" line="21"/>
        <source>Word document (*.docx);;PDF (*.pdf)</source>
        <translation>Document Word (*.docx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="48"/>
        <location filename="../../ui/documents.py" line="148"/>
        <source>Wrote %1</source>
        <translation>Fichier enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="50"/>
        <source>Writing the document...</source>
        <translation>Création du document...</translation>
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
        <translation>La lettre jointe à une note conceptuelle validée (émise maintenant si elle n&apos;en a pas encore)</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="76"/>
        <source>Save the document</source>
        <translation>Enregistrer le document</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="96"/>
        <source>Open a meeting first.</source>
        <translation>Ouvrez d&apos;abord une réunion.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="97"/>
        <source>Open a concept note first.</source>
        <translation>Ouvrez d&apos;abord une note conceptuelle.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="122"/>
        <source>There is no cycle to report on yet.</source>
        <translation>Il n&apos;y a encore aucun cycle sur lequel faire rapport.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="124"/>
        <source>Annual progress report</source>
        <translation>Rapport annuel d&apos;avancement</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="125"/>
        <source>Which cycle?</source>
        <translation>Quel cycle ?</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="129"/>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="149"/>
        <source>Writing the report...</source>
        <translation>Création du rapport...</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="269"/>
        <source>Converting to PDF with LibreOffice</source>
        <translation>Conversion en PDF avec LibreOffice</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="270"/>
        <source>Counting the cycle&apos;s records</source>
        <translation>Décompte des enregistrements du cycle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="271"/>
        <source>Filling the template</source>
        <translation>Remplissage du modèle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="272"/>
        <source>Finding the letter of support</source>
        <translation>Recherche de la lettre de soutien</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="273"/>
        <source>Reading the concept note</source>
        <translation>Lecture de la note conceptuelle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="274"/>
        <source>Reading the meeting</source>
        <translation>Lecture de la réunion</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="275"/>
        <source>Writing the letter</source>
        <translation>Rédaction de la lettre</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="276"/>
        <source>Written</source>
        <translation>Enregistré</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="62"/>
        <source>Something went wrong inside SIC Desktop (a bug, not your mistake). Your saved work is safe: every edit is saved as you make it. Please open the details with the button below and send them to the Executive Secretariat.</source>
        <translation>Un problème est survenu dans SIC Desktop (une erreur du programme, pas la vôtre). Votre travail enregistré est en sécurité : chaque modification est enregistrée au fur et à mesure. Veuillez ouvrir les détails avec le bouton ci-dessous et les envoyer au Secrétariat exécutif.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="78"/>
        <source>SIC Desktop</source>
        <translation>SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="82"/>
        <source>Error message</source>
        <translation>Message d&apos;erreur</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../ui/words.py" line="12"/>
        <source>Acronym</source>
        <translation>Acronyme</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="13"/>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="14"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="15"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="16"/>
        <source>Adaptation co-benefits</source>
        <translation>Co-bénéfices pour l&apos;adaptation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="17"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="18"/>
        <source>Amount requested</source>
        <translation>Montant demandé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="19"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="20"/>
        <source>Answered on</source>
        <translation>Date de réponse</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="21"/>
        <source>Area (ha)</source>
        <translation>Superficie (ha)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="22"/>
        <source>Assessed on</source>
        <translation>Date d&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="23"/>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="24"/>
        <source>Assessor</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="25"/>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="26"/>
        <source>Baseline</source>
        <translation>Situation de référence</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="27"/>
        <source>Beneficiaries</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="28"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="29"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="30"/>
        <source>Candidate funders</source>
        <translation>Bailleurs potentiels</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="31"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="32"/>
        <source>Co-financing (cash)</source>
        <translation>Cofinancement (en numéraire)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="33"/>
        <source>Co-financing (in kind)</source>
        <translation>Cofinancement (en nature)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="34"/>
        <source>Co-financing source</source>
        <translation>Source du cofinancement</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="35"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="36"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="37"/>
        <source>Concept note</source>
        <translation>Note conceptuelle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="38"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="39"/>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="40"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="41"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="42"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="43"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="44"/>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="45"/>
        <source>Cycle recorded in</source>
        <translation>Cycle d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="46"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="47"/>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="48"/>
        <source>Decided on</source>
        <translation>Date de décision</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="49"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="50"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="51"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="52"/>
        <source>Document hash</source>
        <translation>Empreinte du document</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="53"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="54"/>
        <source>Duration (months)</source>
        <translation>Durée (mois)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="55"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="56"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="57"/>
        <source>Expected SOC change (t C/ha/yr)</source>
        <translation>Variation attendue du COS (t C/ha/an)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="58"/>
        <source>Expertise</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="59"/>
        <source>Food security co-benefits</source>
        <translation>Co-bénéfices pour la sécurité alimentaire</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="60"/>
        <source>From meeting</source>
        <translation>Réunion d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="61"/>
        <source>Full proposal</source>
        <translation>Proposition complète</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="62"/>
        <source>Funder</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="63"/>
        <source>Goal</source>
        <translation>Objectif général</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="64"/>
        <source>Governing Board decision</source>
        <translation>Décision du Conseil d&apos;administration</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="65"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="66"/>
        <source>How measured (MRV)</source>
        <translation>Mode de mesure (MNV)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="67"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="68"/>
        <source>Item</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="69"/>
        <source>Key players listed</source>
        <translation>Acteurs clés cités</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="70"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="71"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="72"/>
        <source>Lead organisation</source>
        <translation>Organisation chef de file</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="73"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="74"/>
        <source>Measured on</source>
        <translation>Date de mesure</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="75"/>
        <source>Measurement, reporting and verification</source>
        <translation>Mesure, notification et vérification</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="76"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="77"/>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="78"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="79"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="80"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="81"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="82"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="83"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="84"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="85"/>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="86"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="87"/>
        <source>Outcomes</source>
        <translation>Effets</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="88"/>
        <source>Output</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="89"/>
        <source>Outputs</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="90"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="91"/>
        <source>Partner of the Initiative</source>
        <translation>Partenaire de l&apos;Initiative</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="92"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="93"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="94"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="95"/>
        <source>Position</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="96"/>
        <source>Preferred role</source>
        <translation>Rôle souhaité</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="97"/>
        <source>Problem and barriers</source>
        <translation>Problème et obstacles</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="98"/>
        <source>Profile URL</source>
        <translation>Profil (URL)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="99"/>
        <source>Project idea</source>
        <translation>Idée de projet</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="100"/>
        <source>Project team</source>
        <translation>Équipe de projet</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="101"/>
        <source>Project team leader</source>
        <translation>Chef de l&apos;équipe de projet</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="102"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="103"/>
        <source>Reference number</source>
        <translation>Numéro de référence</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="104"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="105"/>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="106"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="107"/>
        <source>Risks and mitigation</source>
        <translation>Risques et atténuation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="108"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="109"/>
        <source>Role in the team</source>
        <translation>Rôle dans l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="110"/>
        <source>SDG alignment (2, 13, 15)</source>
        <translation>Alignement sur les ODD (2, 13, 15)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="111"/>
        <source>Safeguards</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="112"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="113"/>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="114"/>
        <source>Secretariat proposal</source>
        <translation>Proposition du Secrétariat</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="115"/>
        <source>Sent on</source>
        <translation>Date d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="116"/>
        <source>Serves task force</source>
        <translation>Groupe de travail concerné</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="117"/>
        <source>Signed on</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="118"/>
        <source>Soil-carbon actions</source>
        <translation>Actions en faveur du carbone du sol</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="119"/>
        <source>Sponsor</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="120"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="121"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="122"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="123"/>
        <source>Submitted on</source>
        <translation>Date de soumission</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="124"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="125"/>
        <source>Sustainability and scaling</source>
        <translation>Durabilité et passage à l&apos;échelle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="126"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="127"/>
        <source>Target 2030</source>
        <translation>Cible 2030</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="128"/>
        <source>Target 2050</source>
        <translation>Cible 2050</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="129"/>
        <source>Target this cycle</source>
        <translation>Cible pour ce cycle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="130"/>
        <source>Task force</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="131"/>
        <source>Task force objective(s)</source>
        <translation>Objectif(s) du groupe de travail</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="132"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="133"/>
        <source>Theory of change</source>
        <translation>Théorie du changement</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="134"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="135"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="136"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="137"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="138"/>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="139"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="140"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="141"/>
        <source>Version assessed</source>
        <translation>Version évaluée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="142"/>
        <source>Web site</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="143"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="144"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="145"/>
        <source>Who acts</source>
        <translation>Qui agit</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="146"/>
        <source>Why qualified</source>
        <translation>Justification des compétences</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="147"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../ui/history.py" line="38"/>
        <source>shipped with the program</source>
        <translation>livré avec le programme</translation>
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
        <location filename="../../ui/history.py" line="59"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="77"/>
        <source>(created)</source>
        <translation>(création)</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="79"/>
        <source>(trash)</source>
        <translation>(corbeille)</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../ui/sync/jobs.py" line="53"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>key statuses</name>
    <message>
        <location filename="../../ui/sync/codes.py" line="62"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="63"/>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../../ui/areas.py" line="65"/>
        <source>Memberships</source>
        <translation>Adhésions</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="66"/>
        <source>Candidacies</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="67"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="68"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="69"/>
        <source>Key players</source>
        <translation>Acteurs clés</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="70"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="71"/>
        <source>Further task forces served</source>
        <translation>Autres groupes de travail concernés</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="72"/>
        <source>Action plans</source>
        <translation>Plans d&apos;action</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="73"/>
        <location filename="../../ui/areas.py" line="106"/>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="74"/>
        <location filename="../../ui/areas.py" line="102"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="75"/>
        <source>Measured values</source>
        <translation>Valeurs mesurées</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="76"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="77"/>
        <source>Project ideas</source>
        <translation>Idées de projet</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="78"/>
        <source>Project teams</source>
        <translation>Équipes de projet</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="79"/>
        <source>Concept notes</source>
        <translation>Notes conceptuelles</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="80"/>
        <source>STC assessments</source>
        <translation>Évaluations du CST</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="81"/>
        <source>Bureau validations</source>
        <translation>Validations du Bureau</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="82"/>
        <source>Letters of support</source>
        <translation>Lettres de soutien</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="83"/>
        <source>Funders</source>
        <translation>Bailleurs</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="84"/>
        <source>Funding opportunities</source>
        <translation>Opportunités de financement</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="85"/>
        <source>Expressions of interest</source>
        <translation>Manifestations d&apos;intérêt</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="86"/>
        <source>Full proposals</source>
        <translation>Propositions complètes</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="87"/>
        <source>Agreements</source>
        <translation>Conventions</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="88"/>
        <source>Progress reports</source>
        <translation>Rapports d&apos;avancement</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="89"/>
        <source>Goals</source>
        <translation>Objectifs généraux</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="90"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="91"/>
        <source>Task forces</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="92"/>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="93"/>
        <source>Organisation types</source>
        <translation>Types d&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="94"/>
        <source>STC criteria</source>
        <translation>Critères du CST</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="95"/>
        <source>Cycles</source>
        <translation>Cycles</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="96"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="97"/>
        <source>Step windows</source>
        <translation>Périodes des étapes</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="98"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="99"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="100"/>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="101"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="103"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="104"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="105"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="107"/>
        <source>Team members</source>
        <translation>Membres de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="108"/>
        <source>Scores per criterion</source>
        <translation>Notes par critère</translation>
    </message>
</context>
<context>
    <name>participants</name>
    <message>
        <location filename="../../ui/editor/participants.py" line="30"/>
        <source>Add participants from the task force&apos;s members</source>
        <translation>Ajouter des participants parmi les membres du groupe de travail</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants.py" line="32"/>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants.py" line="35"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants.py" line="69"/>
        <source>Add members...</source>
        <translation>Ajouter des membres...</translation>
    </message>
</context>
<context>
    <name>parts</name>
    <message>
        <location filename="../../ui/editor/parts.py" line="59"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/parts.py" line="171"/>
        <source>Add...</source>
        <translation>Ajouter...</translation>
    </message>
    <message>
        <location filename="../../ui/editor/parts.py" line="173"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/parts.py" line="191"/>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location filename="../../ui/editor/parts.py" line="230"/>
        <source>Totals - %1</source>
        <translation>Totaux - %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/parts.py" line="327"/>
        <source>Delete rows</source>
        <translation>la suppression de lignes</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../../ui/sync/passphrase.py" line="29"/>
        <source>Passphrase of this site&apos;s key</source>
        <translation>Phrase secrète de la clé de ce site</translation>
    </message>
    <message>
        <location filename="../../ui/sync/passphrase.py" line="30"/>
        <source>No keyring works on this computer, so this site&apos;s key is kept in a file encrypted with a passphrase. Passphrase:</source>
        <translation>Aucun trousseau de clés ne fonctionne sur cet ordinateur : la clé de ce site est donc conservée dans un fichier chiffré par une phrase secrète. Phrase secrète :</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../ui/printing.py" line="36"/>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="36"/>
        <source>Task force</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="37"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="37"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="38"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="38"/>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="39"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="39"/>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="40"/>
        <source>Apologies</source>
        <translation>Excusés</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="40"/>
        <source>Absent</source>
        <translation>Absents</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="41"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="41"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="42"/>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="42"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="43"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="43"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="44"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="44"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="45"/>
        <source>Issued</source>
        <translation>Établi le</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="57"/>
        <location filename="../../ui/printing.py" line="112"/>
        <source>Minutes: %1</source>
        <translation>Compte rendu : %1</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../ui/words.py" line="152"/>
        <source>Bureau validation</source>
        <translation>validation du Bureau</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="153"/>
        <source>STC assessment</source>
        <translation>évaluation du CST</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="154"/>
        <source>STC criterion</source>
        <translation>critère du CST</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="155"/>
        <source>action item</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="156"/>
        <source>action plan</source>
        <translation>plan d&apos;action</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="157"/>
        <source>activity</source>
        <translation>activité</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="158"/>
        <source>agenda item</source>
        <translation>point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="159"/>
        <source>agreement</source>
        <translation>convention</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="160"/>
        <source>budget line</source>
        <translation>ligne budgétaire</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="161"/>
        <source>candidacy</source>
        <translation>candidature</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="162"/>
        <source>concept note</source>
        <translation>note conceptuelle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="163"/>
        <source>concept-note indicator</source>
        <translation>indicateur de note conceptuelle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="164"/>
        <source>criterion score</source>
        <translation>note par critère</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="165"/>
        <source>cycle</source>
        <translation>cycle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="166"/>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="167"/>
        <source>expression of interest</source>
        <translation>manifestation d&apos;intérêt</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="168"/>
        <source>full proposal</source>
        <translation>proposition complète</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="169"/>
        <source>funder</source>
        <translation>bailleur</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="170"/>
        <source>funding opportunity</source>
        <translation>opportunité de financement</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="171"/>
        <source>goal</source>
        <translation>objectif général</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="172"/>
        <source>indicator</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="173"/>
        <source>key player</source>
        <translation>acteur clé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="174"/>
        <source>letter of support</source>
        <translation>lettre de soutien</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="175"/>
        <source>measured value</source>
        <translation>valeur mesurée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="176"/>
        <source>meeting</source>
        <translation>réunion</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="177"/>
        <source>meeting action item</source>
        <translation>action de réunion</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="178"/>
        <source>membership</source>
        <translation>adhésion</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="179"/>
        <source>objective</source>
        <translation>objectif</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="180"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="181"/>
        <source>organisation type</source>
        <translation>type d&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="182"/>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="183"/>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="184"/>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="185"/>
        <source>progress report</source>
        <translation>rapport d&apos;avancement</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="186"/>
        <source>project idea</source>
        <translation>idée de projet</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="187"/>
        <source>project team</source>
        <translation>équipe de projet</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="188"/>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="189"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="190"/>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="191"/>
        <source>step window</source>
        <translation>période d&apos;étape</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="192"/>
        <source>task force</source>
        <translation>groupe de travail</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="193"/>
        <source>task force served</source>
        <translation>groupe de travail concerné</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="194"/>
        <source>team member</source>
        <translation>membre de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="195"/>
        <source>work plan item</source>
        <translation>élément du plan de travail</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../ui/sync/codes.py" line="53"/>
        <source>Secretariat</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="54"/>
        <source>regional</source>
        <translation>copie régionale</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="55"/>
        <source>TFL</source>
        <translation>TFL</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="56"/>
        <source>TFRR</source>
        <translation>TFRR</translation>
    </message>
</context>
<context>
    <name>spreadsheets</name>
    <message>
        <location filename="../../ui/spreadsheets.py" line="32"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="56"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="57"/>
        <source>Into which task force?</source>
        <translation>Dans quel groupe de travail ?</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="68"/>
        <source>Export to Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="86"/>
        <source>Wrote %1 rows to %2</source>
        <translation>%1 lignes enregistrées dans %2</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="89"/>
        <source>Writing the workbook...</source>
        <translation>Écriture du classeur...</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="95"/>
        <source>Import from Excel</source>
        <translation>Importer depuis Excel</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="114"/>
        <source>Imported %1: %2</source>
        <translation>%1 importé : %2</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="119"/>
        <source>the import of %1</source>
        <translation>l&apos;importation de %1</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="122"/>
        <source>Importing the workbook (all or nothing)...</source>
        <translation>Importation du classeur (tout ou rien)...</translation>
    </message>
</context>
<context>
    <name>sync values</name>
    <message>
        <location filename="../../ui/sync/values.py" line="36"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ui/sync/values.py" line="36"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../ui/undo.py" line="86"/>
        <source>Edit %1</source>
        <translation>la modification : %1</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="110"/>
        <source>Duplicate %1</source>
        <translation>la duplication : %1</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="110"/>
        <source>Add %1</source>
        <translation>l&apos;ajout : %1</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="142"/>
        <source>Restore %1</source>
        <translation>la restauration : %1</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="142"/>
        <source>Delete %1</source>
        <translation>la suppression : %1</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="217"/>
        <source>Undoing the import...</source>
        <translation>Annulation de l&apos;importation...</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="218"/>
        <source>Redoing the import...</source>
        <translation>Rétablissement de l&apos;importation...</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="95"/>
        <source>Import the concept note from %1</source>
        <translation>l&apos;importation de la note conceptuelle depuis %1</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="118"/>
        <source>Import %1 rows from %2</source>
        <translation>l&apos;importation de %1 lignes depuis %2</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../ui/words.py" line="252"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="253"/>
        <source>must be yes or no</source>
        <translation>doit être oui ou non</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="254"/>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="255"/>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="256"/>
        <source>must be a date</source>
        <translation>doit être une date</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="257"/>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="258"/>
        <source>cannot be negative</source>
        <translation>ne peut pas être négatif</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="259"/>
        <source>%1 is not an e-mail address</source>
        <translation>%1 n&apos;est pas une adresse électronique</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="260"/>
        <source>%1 is not a web link (http:// or https://)</source>
        <translation>%1 n&apos;est pas un lien web (http:// ou https://)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="261"/>
        <source>%1 is not one of: %2</source>
        <translation>%1 ne fait pas partie des valeurs possibles : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="264"/>
        <source>is before the start</source>
        <translation>est avant le début</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="263"/>
        <source>refers to a record that does not exist</source>
        <translation>renvoie à un enregistrement qui n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="262"/>
        <source>is not a field of this record</source>
        <translation>n&apos;est pas un champ de cet enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/editor/widgets.py" line="41"/>
        <source>%1 is not a whole number</source>
        <translation>%1 n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../../ui/editor/widgets.py" line="42"/>
        <source>%1 is not a number</source>
        <translation>%1 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../ui/editor/widgets.py" line="43"/>
        <source>%1 is not in the list: pick one of its entries</source>
        <translation>%1 n&apos;est pas dans la liste : choisissez l&apos;une de ses entrées</translation>
    </message>
</context>
<context>
    <name>verdicts</name>
    <message>
        <location filename="../../ui/sync/codes.py" line="40"/>
        <source>applied</source>
        <translation>appliqué</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="41"/>
        <source>conflicts</source>
        <translation>appliqué avec des conflits</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="42"/>
        <source>already applied</source>
        <translation>déjà appliqué</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="43"/>
        <source>preview</source>
        <translation>aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="44"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="45"/>
        <source>quarantined</source>
        <translation>mis en quarantaine</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="46"/>
        <source>exported</source>
        <translation>exporté</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../ui/editor/widgets.py" line="274"/>
        <source>Ctrl+Delete empties the date</source>
        <translation>Ctrl+Suppr vide la date</translation>
    </message>
</context>
<context>
    <name>workbook</name>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="23"/>
        <source>Blank concept-note workbook</source>
        <translation>Classeur vierge de note conceptuelle</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="37"/>
        <source>Wrote the blank concept-note workbook to %1</source>
        <translation>Classeur vierge de note conceptuelle enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="40"/>
        <location filename="../../ui/concept_note_workbook.py" line="62"/>
        <source>Writing the workbook...</source>
        <translation>Écriture du classeur...</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="45"/>
        <source>Export the concept note to Excel</source>
        <translation>Exporter la note conceptuelle vers Excel</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="60"/>
        <source>Wrote the concept note to %1</source>
        <translation>Note conceptuelle enregistrée dans %1</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="68"/>
        <source>Import a concept-note workbook</source>
        <translation>Importer un classeur de note conceptuelle</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="91"/>
        <source>Added concept note %1</source>
        <translation>Note conceptuelle %1 ajoutée</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="92"/>
        <source>Updated concept note %1</source>
        <translation>Note conceptuelle %1 mise à jour</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="96"/>
        <source>the import of %1</source>
        <translation>l&apos;importation de %1</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="99"/>
        <source>Importing the workbook (all or nothing)...</source>
        <translation>Importation du classeur (tout ou rien)...</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <location filename="../../ui/worker.py" line="89"/>
        <source>Cancelled: nothing was changed</source>
        <translation>Annulé : rien n&apos;a été modifié</translation>
    </message>
</context>
</TS>
