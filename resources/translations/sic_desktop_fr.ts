<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BundlesTab</name>
    <message>
        <location filename="../../ui/sync/bundles.py" line="166"/>
        <source>Send your changes to the Executive Secretariat as a bundle file (by e-mail or USB stick), and open the master bundle it sends back. Drop a .sicbundle file here to open it.</source>
        <translation>Envoyez vos modifications au Secrétariat exécutif sous forme de fichier paquet (par courriel ou sur une clé USB), puis ouvrez le paquet maître qu&apos;il vous renvoie. Déposez ici un fichier .sicbundle pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="169"/>
        <source>Open the bundles the regions send (or drop them here): you will see what each one changes before it is applied. Export a master bundle for each region in return.</source>
        <translation>Ouvrez les paquets envoyés par les régions (ou déposez-les ici) : vous verrez ce que chacun modifie avant qu&apos;il ne soit appliqué. En retour, exportez un paquet maître pour chaque région.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="172"/>
        <source>Export a bundle...</source>
        <translation>Exporter un paquet...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="174"/>
        <source>Open a bundle...</source>
        <translation>Ouvrir un paquet...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="180"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="180"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="180"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="180"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="181"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="182"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="182"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="182"/>
        <source>Your value</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="183"/>
        <source>Value now</source>
        <translation>Valeur actuelle</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="183"/>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="187"/>
        <source>Bundles written and received</source>
        <translation>Paquets créés et reçus</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="188"/>
        <source>Bundle log</source>
        <translation>Journal des paquets</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="189"/>
        <source>Your edits the Secretariat superseded</source>
        <translation>Vos modifications remplacées par le Secrétariat</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="191"/>
        <source>Superseded edits</source>
        <translation>Modifications remplacées</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="213"/>
        <source>SIC bundles (*.sicbundle)</source>
        <translation>Paquets SIC (*.sicbundle)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="225"/>
        <location filename="../../ui/sync/bundles.py" line="237"/>
        <source>Export a bundle</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="226"/>
        <source>No region is trusted yet: trust a region&apos;s key (Keys and trust) before making a master bundle for it.</source>
        <translation>Vous ne faites encore confiance à aucune région : faites confiance à la clé d&apos;une région (Clés et confiance) avant de créer un paquet maître pour elle.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="230"/>
        <source>Export a master bundle</source>
        <translation>Exporter un paquet maître</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="231"/>
        <source>For which site?</source>
        <translation>Pour quel site ?</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="247"/>
        <source>Writing the bundle...</source>
        <translation>Écriture du paquet...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/bundles.py" line="252"/>
        <source>Wrote %1 with %n change(s)</source>
        <translation>
            <numerusform>%1 enregistré avec %n modification</numerusform>
            <numerusform>%1 enregistré avec %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="259"/>
        <source>Open a bundle</source>
        <translation>Ouvrir un paquet</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="265"/>
        <source>Checking the bundle&apos;s signature and contents...</source>
        <translation>Vérification de la signature et du contenu du paquet...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="274"/>
        <source>Applying the bundle...</source>
        <translation>Application du paquet...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="279"/>
        <source>nothing new</source>
        <translation>rien de nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="280"/>
        <source>Bundle applied: %1.</source>
        <translation>Paquet appliqué : %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/bundles.py" line="282"/>
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
        <location filename="../../ui/sync/conflicts.py" line="114"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="114"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="114"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="115"/>
        <source>Master</source>
        <translation>Copie maître</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="115"/>
        <source>Incoming</source>
        <translation>Version reçue</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="116"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="121"/>
        <source>Base (before both edits)</source>
        <translation>Version de base (avant les deux modifications)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="122"/>
        <source>Master (kept for now)</source>
        <translation>Copie maître (conservée pour l&apos;instant)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="123"/>
        <source>Incoming (from the region)</source>
        <translation>Version reçue (de la région)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="138"/>
        <source>Differences between master and incoming</source>
        <translation>Différences entre la copie maître et la version reçue</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="139"/>
        <source>Keep master</source>
        <translation>Garder la copie maître</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="140"/>
        <source>Take incoming</source>
        <translation>Prendre la version reçue</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="141"/>
        <source>Edit...</source>
        <translation>Modifier...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="153"/>
        <source>Differences (long texts)</source>
        <translation>Différences (textes longs)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="160"/>
        <source>Conflicts are settled at the Executive Secretariat, in its master copy: when one of your edits meets another there, a person decides, and the decision comes back in the next master bundle. The Bundles tab lists your edits that were replaced.</source>
        <translation>Les conflits sont réglés au Secrétariat exécutif, dans sa copie maître : quand l&apos;une de vos modifications en rencontre une autre, une personne décide, et la décision revient dans le prochain paquet maître. L&apos;onglet Paquets liste vos modifications qui ont été remplacées.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="163"/>
        <source>No conflicts wait to be settled.</source>
        <translation>Aucun conflit n&apos;attend d&apos;être réglé.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="205"/>
        <source>(not known)</source>
        <translation>(inconnue)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="206"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/firstrun.py" line="27"/>
        <source>Set up SIC Desktop</source>
        <translation>Configurer SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="29"/>
        <source>There is no database at %1 yet. Who works on this computer? A regional copy sends its changes to the Executive Secretariat and needs the Secretariat&apos;s public key file (ask the Secretariat for it).</source>
        <translation>Il n&apos;y a pas encore de base de données à l&apos;emplacement %1. Qui travaille sur cet ordinateur ? Une copie régionale envoie ses modifications au Secrétariat exécutif et a besoin du fichier de clé publique du Secrétariat (demandez-le au Secrétariat).</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="34"/>
        <source>A task force leader or regional representative (regional copy)</source>
        <translation>Un responsable de groupe de travail ou un représentant régional (copie régionale)</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="35"/>
        <source>The Executive Secretariat (master copy)</source>
        <translation>Le Secrétariat exécutif (copie maître)</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="41"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="42"/>
        <location filename="../../ui/firstrun.py" line="54"/>
        <source>Name of this copy</source>
        <translation>Nom de cette copie</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="44"/>
        <location filename="../../ui/firstrun.py" line="82"/>
        <source>The Secretariat&apos;s public key file</source>
        <translation>Le fichier de clé publique du Secrétariat</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="45"/>
        <source>Choose...</source>
        <translation>Choisir...</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="55"/>
        <source>Secretariat&apos;s key</source>
        <translation>Clé du Secrétariat</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="60"/>
        <source>What happens next: this copy makes its own key. Send your public key file to the Executive Secretariat (Sync, Keys and trust, Export my public key...) and read its fingerprint to them on the phone. Once the Secretariat trusts your key, it sends you a bundle: open it (File, Open a bundle...) to receive your task forces&apos; records.</source>
        <translation>Et ensuite : cette copie crée sa propre clé. Envoyez votre fichier de clé publique au Secrétariat exécutif (Synchronisation, Clés et confiance, Exporter ma clé publique...) et lisez-lui son empreinte au téléphone. Une fois votre clé reconnue par le Secrétariat, il vous envoie un paquet : ouvrez-le (Fichier, Ouvrir un paquet...) pour recevoir les enregistrements de vos groupes de travail.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="98"/>
        <source>Give this copy a name (for example your region or office).</source>
        <translation>Donnez un nom à cette copie (par exemple votre région ou votre bureau).</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="100"/>
        <source>Choose the public key file the Secretariat sent you.</source>
        <translation>Choisissez le fichier de clé publique que le Secrétariat vous a envoyé.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="109"/>
        <source>%1
Choose the Secretariat&apos;s public key file: the small file the Executive Secretariat exported for you (Export my public key..., or `sic-desktop keys export`), usually named public-key.sickey.</source>
        <translation>%1
Choisissez le fichier de clé publique du Secrétariat : le petit fichier que le Secrétariat exécutif a exporté pour vous (Exporter ma clé publique..., ou `sic-desktop keys export`), généralement nommé public-key.sickey.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="123"/>
        <source>%1 is not a SIC Desktop public key file.</source>
        <translation>%1 n&apos;est pas un fichier de clé publique SIC Desktop.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="126"/>
        <source>%1 is the key of %2, not of the Executive Secretariat.</source>
        <translation>%1 est la clé de %2, pas celle du Secrétariat exécutif.</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <location filename="../../ui/overview.py" line="66"/>
        <source>Steps by task force</source>
        <translation>Étapes par groupe de travail</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history.py" line="72"/>
        <source>History of %1</source>
        <translation>Historique – %1</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="73"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="73"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="73"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="73"/>
        <source>Was</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="74"/>
        <source>Became</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="74"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="78"/>
        <source>%1 (not applied: in conflict)</source>
        <translation>%1 (non appliqué : en conflit)</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="90"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <location filename="../../ui/sync/keys.py" line="119"/>
        <source>Export my public key...</source>
        <translation>Exporter ma clé publique...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="121"/>
        <source>Trust a key file...</source>
        <translation>Faire confiance à un fichier de clé...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="123"/>
        <source>Make this site&apos;s key...</source>
        <translation>Créer la clé de ce site...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="124"/>
        <source>For a copy whose key could not be made when it was set up</source>
        <translation>Pour une copie dont la clé n&apos;a pas pu être créée lors de sa configuration</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="127"/>
        <source>Revoke the selected key</source>
        <translation>Révoquer la clé sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="142"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="142"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="142"/>
        <source>Task forces</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="143"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="143"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="143"/>
        <source>Key id</source>
        <translation>Identifiant de la clé</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="138"/>
        <location filename="../../ui/sync/keys.py" line="144"/>
        <source>Trusted keys</source>
        <translation>Clés de confiance</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="157"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), site %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2), site %3</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="160"/>
        <source>This site has no key to sign bundles with: %1</source>
        <translation>Ce site n&apos;a pas de clé pour signer les paquets : %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="164"/>
        <source>Key id &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Fingerprint &lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>Identifiant de clé &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Empreinte &lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="188"/>
        <source>Export my public key</source>
        <translation>Exporter ma clé publique</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="208"/>
        <source>Written to %1</source>
        <translation>Fichier enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="211"/>
        <source>Trust a key file</source>
        <translation>Faire confiance à un fichier de clé</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../ui/listpage.py" line="91"/>
        <source>Search (Ctrl+F): type words found anywhere in a row</source>
        <translation>Rechercher (Ctrl+F) : des mots présents n&apos;importe où dans la ligne</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="93"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="96"/>
        <source>New...</source>
        <translation>Nouveau...</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="97"/>
        <source>Add a record (Ctrl+N)</source>
        <translation>Ajouter un enregistrement (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="99"/>
        <location filename="../../ui/listpage.py" line="363"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="100"/>
        <location filename="../../ui/listpage.py" line="365"/>
        <source>Move the selected records to the trash (Delete)</source>
        <translation>Mettre les enregistrements sélectionnés à la corbeille (Suppr)</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="102"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="104"/>
        <source>Show the records in the trash, to restore them</source>
        <translation>Afficher les enregistrements de la corbeille pour les restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="108"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="196"/>
        <source>Read-only here: %1</source>
        <translation>En lecture seule ici : %1</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="245"/>
        <source>Open a record with Enter or a double click.</source>
        <translation>Ouvrez un enregistrement avec Entrée ou un double clic.</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="238"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="247"/>
        <source>No row holds every word searched.</source>
        <translation>Aucune ligne ne contient tous les mots cherchés.</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="249"/>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="251"/>
        <source>Nothing here yet.</source>
        <translation>Rien ici pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="252"/>
        <source>Nothing here yet: add a record with New... (Ctrl+N).</source>
        <translation>Rien ici pour l&apos;instant : ajoutez un enregistrement avec Nouveau... (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="356"/>
        <source>Restore records</source>
        <translation>la restauration d&apos;enregistrements</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="356"/>
        <source>Delete records</source>
        <translation>la suppression d&apos;enregistrements</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="363"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="364"/>
        <source>Bring the selected records back</source>
        <translation>Restaurer les enregistrements sélectionnés</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="54"/>
        <source>SIC Desktop</source>
        <translation>SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="111"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="122"/>
        <source>&amp;Export a bundle...</source>
        <translation>&amp;Exporter un paquet...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="123"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="124"/>
        <source>&amp;Open a bundle...</source>
        <translation>&amp;Ouvrir un paquet...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="127"/>
        <source>Import members from Excel...</source>
        <translation>Importer les membres depuis Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="129"/>
        <source>Export members to Excel...</source>
        <translation>Exporter les membres vers Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="131"/>
        <source>Import the inventory from Excel...</source>
        <translation>Importer l&apos;inventaire depuis Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="133"/>
        <source>Export the inventory to Excel...</source>
        <translation>Exporter l&apos;inventaire vers Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="136"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="112"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="137"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="139"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="145"/>
        <source>&amp;New record...</source>
        <translation>&amp;Nouvel enregistrement...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="147"/>
        <source>&amp;Find</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="149"/>
        <source>&amp;History of the open record</source>
        <translation>&amp;Historique de l&apos;enregistrement ouvert</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="150"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="151"/>
        <source>D&amp;uplicate the open record...</source>
        <translation>D&amp;upliquer l&apos;enregistrement ouvert...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="152"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="113"/>
        <source>&amp;Documents</source>
        <translation>D&amp;ocuments</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="28"/>
        <source>&amp;Print the minutes of the open meeting...</source>
        <translation>&amp;Imprimer le compte rendu de la réunion ouverte...</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="30"/>
        <source>&amp;Minutes of the open meeting as Word or PDF...</source>
        <translation>&amp;Compte rendu de la réunion ouverte en Word ou PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="31"/>
        <source>&amp;Concept note as Word or PDF...</source>
        <translation>&amp;Note conceptuelle en Word ou PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="32"/>
        <source>&amp;Letter of support for the open concept note...</source>
        <translation>&amp;Lettre de soutien pour la note conceptuelle ouverte...</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="34"/>
        <source>Blank concept-note &amp;workbook...</source>
        <translation>Classeur &amp;vierge de note conceptuelle...</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="36"/>
        <source>&amp;Import a filled concept-note workbook...</source>
        <translation>I&amp;mporter un classeur de note conceptuelle rempli...</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="38"/>
        <source>&amp;Export the open concept note as a workbook...</source>
        <translation>&amp;Exporter la note conceptuelle ouverte en classeur...</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="41"/>
        <source>&amp;Annual progress report...</source>
        <translation>&amp;Rapport annuel d&apos;avancement...</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="43"/>
        <source>&amp;Official list of leaders and representatives...</source>
        <translation>Liste &amp;officielle des TFL et TFRR...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="114"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="115"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="251"/>
        <source>master copy</source>
        <translation>copie maître</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="253"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="252"/>
        <source>regional copy</source>
        <translation>copie régionale</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="252"/>
        <source>STC assessor&apos;s copy</source>
        <translation>Copie d&apos;évaluateur du CST</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.py" line="258"/>
        <source>%n change(s) waiting to be exported</source>
        <translation>
            <numerusform>%n modification en attente d&apos;exportation</numerusform>
            <numerusform>%n modifications en attente d&apos;exportation</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="261"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="262"/>
        <source>Last bundle: %1</source>
        <translation>Dernier paquet : %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="62"/>
        <source>Open a concept note first.</source>
        <translation>Ouvrez d&apos;abord une note conceptuelle.</translation>
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
        <location filename="../../ui/navigation.py" line="43"/>
        <location filename="../../ui/navigation.py" line="44"/>
        <source>Task forces</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="47"/>
        <source>Areas</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="66"/>
        <source>All task forces</source>
        <translation>Tous les groupes de travail</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="70"/>
        <source>Goal %1 - %2</source>
        <translation>Objectif général %1 - %2</translation>
    </message>
</context>
<context>
    <name>OverlapsPage</name>
    <message>
        <location filename="../../ui/overlaps.py" line="109"/>
        <source>Search the pairs (task force, title, reason)</source>
        <translation>Rechercher dans les paires (groupe de travail, titre, raison)</translation>
    </message>
    <message>
        <location filename="../../ui/overlaps.py" line="110"/>
        <source>Search the pairs</source>
        <translation>Rechercher dans les paires</translation>
    </message>
    <message>
        <location filename="../../ui/overlaps.py" line="124"/>
        <source>Alike concept notes</source>
        <translation>Notes conceptuelles semblables</translation>
    </message>
    <message>
        <location filename="../../ui/overlaps.py" line="139"/>
        <source>The chosen pair and why they are alike</source>
        <translation>La paire choisie et pourquoi elles se ressemblent</translation>
    </message>
    <message>
        <location filename="../../ui/overlaps.py" line="155"/>
        <source>&amp;Not an overlap</source>
        <translation>&amp;Pas un chevauchement</translation>
    </message>
    <message>
        <location filename="../../ui/overlaps.py" line="156"/>
        <source>Connect the &amp;teams</source>
        <translation>Mettre les é&amp;quipes en relation</translation>
    </message>
    <message>
        <location filename="../../ui/overlaps.py" line="157"/>
        <source>C&amp;lear the choice</source>
        <translation>E&amp;ffacer le choix</translation>
    </message>
    <message>
        <location filename="../../ui/overlaps.py" line="161"/>
        <source>The Executive Secretariat decides on overlaps: read-only here</source>
        <translation>Le Secrétariat exécutif décide des chevauchements : en lecture seule ici</translation>
    </message>
    <message>
        <location filename="../../ui/overlaps.py" line="197"/>
        <source>Pairs of concept notes from different task forces that are alike (the same subject, countries, partners or acronym): %1</source>
        <translation>Paires de notes conceptuelles semblables de groupes de travail différents (même sujet, pays, partenaires ou acronyme) : %1</translation>
    </message>
    <message>
        <location filename="../../ui/overlaps.py" line="200"/>
        <source>No concept notes of different task forces are alike.</source>
        <translation>Aucune note conceptuelle ne ressemble à celle d&apos;un autre groupe de travail.</translation>
    </message>
    <message>
        <location filename="../../ui/overlaps.py" line="236"/>
        <source>%1 &quot;%2&quot; and %3 &quot;%4&quot; (score %5)</source>
        <translation>%1 « %2 » et %3 « %4 » (score %5)</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/overview.py" line="85"/>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="123"/>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="123"/>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="124"/>
        <source>Assessed</source>
        <translation>Évaluées</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="124"/>
        <source>Validated</source>
        <translation>Validées</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="126"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="126"/>
        <location filename="../../ui/overview.py" line="129"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="126"/>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="126"/>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="129"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="121"/>
        <location filename="../../ui/overview.py" line="129"/>
        <source>Task force</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="87"/>
        <source>&amp;Cycle</source>
        <translation>&amp;Cycle</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="93"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="95"/>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimer...</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="97"/>
        <source>Export to &amp;Excel...</source>
        <translation>Exporter vers &amp;Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="99"/>
        <source>Export to P&amp;DF...</source>
        <translation>Exporter en P&amp;DF...</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="113"/>
        <source>The chosen step&apos;s state and why</source>
        <translation>L&apos;état de l&apos;étape choisie et pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="121"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="121"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="122"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="122"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="122"/>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="123"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="128"/>
        <source>Closes</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="128"/>
        <source>Funder</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="128"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="129"/>
        <source>By</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="130"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="131"/>
        <source>Counts of the cycle&apos;s records</source>
        <translation>Décomptes des enregistrements du cycle</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="133"/>
        <source>Step windows</source>
        <translation>Périodes des étapes</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="134"/>
        <source>Funding calls closing in the cycle</source>
        <translation>Appels à financement qui se clôturent dans le cycle</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="135"/>
        <source>What is due from me</source>
        <translation>Ce que je dois rendre</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="137"/>
        <source>Views of the cycle</source>
        <translation>Vues du cycle</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="138"/>
        <source>Steps by task force</source>
        <translation>Étapes par groupe de travail</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="139"/>
        <source>Counts</source>
        <translation>Décomptes</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="140"/>
        <source>Windows and deadlines</source>
        <translation>Périodes et échéances</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="141"/>
        <source>Due from me</source>
        <translation>À rendre de ma part</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="202"/>
        <source>Choose a cell (arrow keys or the mouse) to read its state and why.</source>
        <translation>Choisissez une cellule (flèches du clavier ou souris) pour lire son état et pourquoi.</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="220"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="221"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="222"/>
        <source>Export the cycle overview</source>
        <translation>Exporter la vue d&apos;ensemble du cycle</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="240"/>
        <source>Wrote the cycle overview to %1</source>
        <translation>Vue d&apos;ensemble du cycle écrite dans %1</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="243"/>
        <source>Writing the cycle overview...</source>
        <translation>Écriture de la vue d&apos;ensemble du cycle...</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="124"/>
        <source>Concept notes</source>
        <translation>Notes conceptuelles</translation>
    </message>
</context>
<context>
    <name>PairModel</name>
    <message>
        <location filename="../../ui/overlaps.py" line="49"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/overlaps.py" line="49"/>
        <location filename="../../ui/overlaps.py" line="50"/>
        <source>Task force</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <location filename="../../ui/overlaps.py" line="49"/>
        <location filename="../../ui/overlaps.py" line="50"/>
        <source>Concept note</source>
        <translation>Note conceptuelle</translation>
    </message>
    <message>
        <location filename="../../ui/overlaps.py" line="50"/>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
    <message>
        <location filename="../../ui/overlaps.py" line="51"/>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/sync/bundles.py" line="41"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="61"/>
        <source>Open a bundle</source>
        <translation>Ouvrir un paquet</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="68"/>
        <source>Every change it holds meets an edit of the master copy: see below.</source>
        <translation>Chacune de ses modifications se heurte à une modification de la copie maître : voir ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="70"/>
        <source>Nothing new: this bundle was applied before.</source>
        <translation>Rien de nouveau : ce paquet a déjà été appliqué.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="77"/>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="80"/>
        <location filename="../../ui/sync/bundles.py" line="115"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="80"/>
        <location filename="../../ui/sync/bundles.py" line="115"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="80"/>
        <source>Master</source>
        <translation>Copie maître</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="81"/>
        <source>Incoming</source>
        <translation>Version reçue</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="81"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="90"/>
        <source>(new record)</source>
        <translation>(nouvel enregistrement)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="92"/>
        <source>(trash)</source>
        <translation>(corbeille)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/bundles.py" line="107"/>
        <source>%n conflict(s) would be queued for a person to settle</source>
        <translation>
            <numerusform>%n conflit serait mis en attente pour qu&apos;une personne le règle</numerusform>
            <numerusform>%n conflits seraient mis en attente pour qu&apos;une personne les règle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="110"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="115"/>
        <source>Was</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="116"/>
        <source>Becomes</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="116"/>
        <source>On applying</source>
        <translation>À l&apos;application</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="127"/>
        <source>will be applied</source>
        <translation>sera appliqué</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="128"/>
        <source>will wait as a conflict</source>
        <translation>attendra comme conflit</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="130"/>
        <source>What it changes, field by field</source>
        <translation>Ce qu&apos;il modifie, champ par champ</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="132"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="136"/>
        <source>Apply the bundle</source>
        <translation>Appliquer le paquet</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="149"/>
        <source>A master bundle from the Secretariat, changes %1 to %2, signed by &lt;b&gt;%3&lt;/b&gt; (site %4)</source>
        <translation>Un paquet maître du Secrétariat, modifications %1 à %2, signé par &lt;b&gt;%3&lt;/b&gt; (site %4)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="152"/>
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
        <location filename="../../ui/editor/panel.py" line="47"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="48"/>
        <source>Who changed what, and when (Ctrl+H)</source>
        <translation>Qui a modifié quoi, et quand (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="50"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="52"/>
        <location filename="../../ui/editor/panel.py" line="125"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="65"/>
        <location filename="../../ui/editor/panel.py" line="74"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="118"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="120"/>
        <source>(in the trash)</source>
        <translation>(dans la corbeille)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="124"/>
        <source>(read-only here)</source>
        <translation>(en lecture seule ici)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="125"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="160"/>
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
        <location filename="../../ui/sync/page.py" line="27"/>
        <source>Bundles</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="28"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="29"/>
        <source>Keys and trust</source>
        <translation>Clés et confiance</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="33"/>
        <source>Waiting to be acknowledged</source>
        <translation>En attente d&apos;accusé de réception</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../../ui/sync/keys.py" line="69"/>
        <source>Trust a key</source>
        <translation>Faire confiance à une clé</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="70"/>
        <source>Compare this fingerprint with the one the person reads to you (by telephone or in person) before trusting the key.</source>
        <translation>Comparez cette empreinte avec celle que la personne vous lit (par téléphone ou en personne) avant de faire confiance à la clé.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="74"/>
        <source>Task force leader (TFL)</source>
        <translation>Responsable de groupe de travail (TFL)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="75"/>
        <source>Task force regional representative (TFRR)</source>
        <translation>Représentant régional de groupe de travail (TFRR)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="76"/>
        <source>STC assessor (the notes submitted for assessment)</source>
        <translation>Évaluateur du CST (les notes soumises à évaluation)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="86"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="87"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="88"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="89"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="90"/>
        <source>Task forces</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="91"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
</context>
<context>
    <name>WithdrawTab</name>
    <message>
        <location filename="../../ui/sync/withdraw.py" line="26"/>
        <source>(new record)</source>
        <translation>(nouvel enregistrement)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/withdraw.py" line="28"/>
        <source>In the trash</source>
        <translation>Dans la corbeille</translation>
    </message>
    <message>
        <location filename="../../ui/sync/withdraw.py" line="41"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../ui/sync/withdraw.py" line="41"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/sync/withdraw.py" line="41"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/sync/withdraw.py" line="41"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../ui/sync/withdraw.py" line="42"/>
        <source>The Secretariat would refuse it</source>
        <translation>Le Secrétariat la refuserait</translation>
    </message>
    <message>
        <location filename="../../ui/sync/withdraw.py" line="43"/>
        <source>Changes not yet acknowledged</source>
        <translation>Modifications en attente d&apos;accusé de réception</translation>
    </message>
    <message>
        <location filename="../../ui/sync/withdraw.py" line="46"/>
        <source>Your next bundle carries every change below until the Executive Secretariat acknowledges it. One it would refuse holds back every later bundle: withdraw it, and the record goes back to what it was before that change.</source>
        <translation>Votre prochain paquet contient chaque modification ci-dessous jusqu&apos;à ce que le Secrétariat exécutif en accuse réception. Une modification qu&apos;il refuserait bloque tous les paquets suivants : retirez-la, et l&apos;enregistrement revient à ce qu&apos;il était avant cette modification.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/withdraw.py" line="50"/>
        <source>&amp;Withdraw...</source>
        <translation>&amp;Retirer...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/withdraw.py" line="74"/>
        <source>(withdrawn)</source>
        <translation>(retirée)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/withdraw.py" line="96"/>
        <source>Withdraw a change</source>
        <translation>Retirer une modification</translation>
    </message>
    <message>
        <location filename="../../ui/sync/withdraw.py" line="97"/>
        <source>Withdraw change %1 (%2, %3)? The record goes back to what it was before it; the Secretariat receives both and applies neither.</source>
        <translation>Retirer la modification %1 (%2, %3) ? L&apos;enregistrement revient à ce qu&apos;il était avant elle ; le Secrétariat reçoit les deux et n&apos;applique ni l&apos;une ni l&apos;autre.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="164"/>
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
        <source>Overlaps between notes</source>
        <translation>Chevauchements entre notes</translation>
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
        <location filename="../../ui/sync/page.py" line="23"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
</context>
<context>
    <name>bundle kinds</name>
    <message>
        <location filename="../../ui/sync/codes.py" line="37"/>
        <source>changes</source>
        <translation>régional</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="38"/>
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
        <location filename="../../ui/words.py" line="216"/>
        <source>TF meeting</source>
        <translation>réunion du groupe de travail</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="217"/>
        <source>TFL</source>
        <translation>TFL</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="218"/>
        <source>TFL meeting</source>
        <translation>réunion des TFL</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="219"/>
        <source>TFL-TFRR planning</source>
        <translation>planification TFL-TFRR</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="220"/>
        <source>TFM</source>
        <translation>TFM</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="221"/>
        <source>TFRR</source>
        <translation>TFRR</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="222"/>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="223"/>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="224"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="225"/>
        <source>apologies</source>
        <translation>excusé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="226"/>
        <source>applied</source>
        <translation>demandée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="227"/>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="228"/>
        <source>assessed</source>
        <translation>évaluée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="229"/>
        <source>complete</source>
        <translation>complète</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="230"/>
        <source>completed</source>
        <translation>achevée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="231"/>
        <source>connect the teams</source>
        <translation>mettre les équipes en relation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="232"/>
        <source>declined</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="233"/>
        <source>deferred</source>
        <translation>reportée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="234"/>
        <source>done</source>
        <translation>réalisée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="235"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="236"/>
        <source>dropped</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="237"/>
        <source>en</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="238"/>
        <source>es</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="239"/>
        <source>expression of interest</source>
        <translation>manifestation d&apos;intérêt</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="240"/>
        <source>fr</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="241"/>
        <source>full proposal</source>
        <translation>proposition complète</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="242"/>
        <source>full proposal requested</source>
        <translation>proposition complète demandée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="243"/>
        <source>funded</source>
        <translation>financée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="244"/>
        <source>global</source>
        <translation>mondial</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="245"/>
        <source>in preparation</source>
        <translation>en préparation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="246"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="247"/>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="248"/>
        <source>interested</source>
        <translation>intéressé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="249"/>
        <source>invited</source>
        <translation>invité</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="250"/>
        <source>left</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="251"/>
        <source>not an overlap</source>
        <translation>pas un chevauchement</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="252"/>
        <source>not approved</source>
        <translation>non approuvée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="253"/>
        <source>not proposed</source>
        <translation>non proposée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="254"/>
        <source>not recommended</source>
        <translation>non recommandée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="255"/>
        <source>not validated</source>
        <translation>non validée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="256"/>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="257"/>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="258"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="259"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="260"/>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="261"/>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="262"/>
        <source>project team meeting</source>
        <translation>réunion d&apos;équipe de projet</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="263"/>
        <source>proposed</source>
        <translation>proposée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="264"/>
        <source>recommended</source>
        <translation>recommandée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="265"/>
        <source>regional</source>
        <translation>régional</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="266"/>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="267"/>
        <source>returned</source>
        <translation>renvoyée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="268"/>
        <source>revise and resubmit</source>
        <translation>à réviser et à soumettre de nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="269"/>
        <source>submitted</source>
        <translation>soumise</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="270"/>
        <source>to confirm</source>
        <translation>à confirmer</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="271"/>
        <source>validated</source>
        <translation>validée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="272"/>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
</context>
<context>
    <name>conflict kinds</name>
    <message>
        <location filename="../../ui/sync/codes.py" line="25"/>
        <source>value</source>
        <translation>valeur modifiée des deux côtés</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="26"/>
        <source>edit-delete</source>
        <translation>modification d&apos;un enregistrement supprimé</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="27"/>
        <source>delete-edit</source>
        <translation>suppression d&apos;un enregistrement modifié</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="28"/>
        <source>orphan</source>
        <translation>lien vers un enregistrement supprimé</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="29"/>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../ui/words.py" line="311"/>
        <source>  ... and %1 more</source>
        <translation>  ... et %1 de plus</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="312"/>
        <source>&quot;%1&quot; of %2 is the Executive Secretariat&apos;s decision</source>
        <translation>« %1 » de %2 relève de la décision du Secrétariat exécutif</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="313"/>
        <source>%1 (%2, key %3)</source>
        <translation>%1 (%2, clé %3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="314"/>
        <source>%1 (a copy was taken first: %2)</source>
        <translation>%1 (une copie a d&apos;abord été faite : %2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="315"/>
        <source>%1 (stale)</source>
        <translation>%1 (périmée)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="316"/>
        <source>%1 already exists: choose another file or remove it first</source>
        <translation>%1 existe déjà : choisissez un autre fichier ou supprimez-le d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="317"/>
        <source>%1 and %2 are both mapped to %3</source>
        <translation>%1 et %2 correspondent tous deux à %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="318"/>
        <source>%1 belongs to another region (%2), outside %3 (%4)</source>
        <translation>%1 appartient à une autre région (%2), hors de %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="319"/>
        <source>%1 belongs to task force %2, but %3 to task force %4: a record belongs to the task force of its %5</source>
        <translation>%1 appartient au groupe de travail %2, mais %3 au groupe de travail %4 : un enregistrement appartient au groupe de travail de son %5</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="320"/>
        <source>%1 belongs to task force %2, outside %3 (%4)</source>
        <translation>%1 appartient au groupe de travail %2, hors de %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="321"/>
        <source>%1 belongs to the region %2: only the Secretariat can take it out of it</source>
        <translation>%1 appartient à la région %2 : seul le Secrétariat peut l&apos;en retirer</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="322"/>
        <source>%1 cannot be %2 of task force %3: no organisation is recorded for them, and only people from a partner organisation of the Initiative can be TFL or TFRR</source>
        <translation>%1 ne peut pas être %2 du groupe de travail %3 : aucune organisation n&apos;est enregistrée pour cette personne, et seules les personnes d&apos;une organisation partenaire de l&apos;Initiative peuvent être TFL ou TFRR</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="323"/>
        <source>%1 cannot be %2 of task force %3: their organisation, %4, is not a partner of the Initiative, and only people from a partner organisation can be TFL or TFRR</source>
        <translation>%1 ne peut pas être %2 du groupe de travail %3 : son organisation, %4, n&apos;est pas partenaire de l&apos;Initiative, et seules les personnes d&apos;une organisation partenaire peuvent être TFL ou TFRR</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="324"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="325"/>
        <source>%1 carries a file no change of it refers to (%2): it was refused</source>
        <translation>%1 contient un fichier auquel aucune de ses modifications ne renvoie (%2) : il a été refusé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="326"/>
        <source>%1 claims changes %2-%3 of %4, but different changes with those numbers were imported before (a copied laptop, or a restored backup?): the bundle was quarantined and nothing was applied</source>
        <translation>%1 revendique les modifications %2 à %3 de %4, mais d&apos;autres modifications portant ces numéros ont déjà été importées (un ordinateur copié, ou une sauvegarde restaurée ?) : le paquet a été mis en quarantaine et rien n&apos;a été appliqué</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="327"/>
        <source>%1 does not hold an Ed25519 key</source>
        <translation>%1 ne contient pas de clé Ed25519</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="328"/>
        <source>%1 hands over a key of site %2, not of the Secretariat pinned here (site %3): it was refused</source>
        <translation>%1 transmet une clé du site %2, et non du Secrétariat enregistré ici (site %3) : il a été refusé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="329"/>
        <source>%1 hands over the key of %2 (%3), not the Secretariat&apos;s</source>
        <translation>%1 transmet la clé de %2 (%3), et non celle du Secrétariat</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="330"/>
        <source>%1 has %2 columns; at most %3 are read</source>
        <translation>%1 a %2 colonnes ; au plus %3 sont lues</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="331"/>
        <source>%1 has %2 rows; at most %3 can be imported at once - split the file</source>
        <translation>%1 a %2 lignes ; au plus %3 peuvent être importées en une fois - divisez le fichier</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="332"/>
        <source>%1 has an encrypted entry %2</source>
        <translation>%1 contient une entrée chiffrée %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="333"/>
        <source>%1 has an entry %2 that is not a plain file (a link?)</source>
        <translation>%1 contient une entrée %2 qui n&apos;est pas un simple fichier (un lien ?)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="334"/>
        <source>%1 has an entry with a forbidden name %2</source>
        <translation>%1 contient une entrée au nom interdit %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="335"/>
        <source>%1 has an entry with an empty or overlong name</source>
        <translation>%1 contient une entrée au nom vide ou trop long</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="336"/>
        <source>%1 has an unknown format %2</source>
        <translation>%1 a un format inconnu %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="337"/>
        <source>%1 has no field %2</source>
        <translation>%1 n&apos;a pas de champ %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="338"/>
        <source>%1 has no sheet named %2: is it a SIC Desktop concept-note workbook?</source>
        <translation>%1 n&apos;a pas de feuille nommée %2 : s&apos;agit-il d&apos;un classeur de note conceptuelle SIC Desktop ?</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="339"/>
        <source>%1 has overlapping entries (%2)</source>
        <translation>%1 contient des entrées qui se chevauchent (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="340"/>
        <source>%1 has too many entries (%2)</source>
        <translation>%1 contient trop d&apos;entrées (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="341"/>
        <source>%1 has unexplained data before its first entry</source>
        <translation>%1 contient des données inexpliquées avant sa première entrée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="342"/>
        <source>%1 holds %2 changes; a bundle holds at most %3</source>
        <translation>%1 contient %2 modifications ; un paquet en contient au plus %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="343"/>
        <source>%1 holds entries its manifest does not list: %2</source>
        <translation>%1 contient des entrées que son manifeste ne liste pas : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="344"/>
        <source>%1 holds the entry %2 twice</source>
        <translation>%1 contient deux fois l&apos;entrée %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="345"/>
        <source>%1 holds too much data (more than %2)</source>
        <translation>%1 contient trop de données (plus de %2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="346"/>
        <source>%1 is a region&apos;s change bundle; only the Secretariat can import it</source>
        <translation>%1 est un paquet de modifications d&apos;une région ; seul le Secrétariat peut l&apos;importer</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="347"/>
        <source>%1 is already %2</source>
        <translation>%1 est déjà %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="348"/>
        <source>%1 is also a member of task force %2, outside %3 (%4): a person shared with another task force is edited by the Executive Secretariat</source>
        <translation>%1 est aussi membre du groupe de travail %2, hors de %3 (%4) : une personne partagée avec un autre groupe de travail est modifiée par le Secrétariat exécutif</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="349"/>
        <source>%1 is ambiguous: day/month or month/day? Write it as %2 or %3</source>
        <translation>%1 est ambigu : jour/mois ou mois/jour ? Écrivez-le %2 ou %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="350"/>
        <source>%1 is ambiguous: it may be a thousand or a decimal, and nothing in the sheet says which mark is the decimal one; retype it as a number or choose the sheet&apos;s language</source>
        <translation>%1 est ambigu : ce peut être un millier ou une décimale, et rien dans la feuille ne dit quel signe marque les décimales ; saisissez-le de nouveau comme nombre ou choisissez la langue de la feuille</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="351"/>
        <source>%1 is ambiguous: this sheet writes numbers both ways (1,5 and 1.5), so it may be a thousand or a decimal; retype it as a number</source>
        <translation>%1 est ambigu : cette feuille écrit les nombres des deux façons (1,5 et 1.5), ce peut donc être un millier ou une décimale ; saisissez-le de nouveau comme nombre</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="352"/>
        <source>%1 is damaged (%2)</source>
        <translation>%1 est endommagé (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="353"/>
        <source>%1 is damaged or cut short (entry %2: %3)</source>
        <translation>%1 est endommagé ou tronqué (entrée %2 : %3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="354"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="355"/>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="356"/>
        <source>%1 is empty, not a SIC Desktop database: create one with `sic-desktop init`; nothing was changed</source>
        <translation>%1 est vide, ce n&apos;est pas une base SIC Desktop : créez-en une avec `sic-desktop init` ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="357"/>
        <source>%1 is given twice</source>
        <translation>%1 est donné deux fois</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="358"/>
        <source>%1 is more than the total budget (%2)</source>
        <translation>%1 dépasse le budget total (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="359"/>
        <source>%1 is neither UTF-8 nor Windows (cp1252) text; save it as &quot;CSV UTF-8&quot;</source>
        <translation>%1 n&apos;est ni du texte UTF-8 ni du texte Windows (cp1252) ; enregistrez-le en « CSV UTF-8 »</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="360"/>
        <source>%1 is nested too deeply</source>
        <translation>%1 est trop profondément imbriqué</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="361"/>
        <source>%1 is nested too deeply (more than %2)</source>
        <translation>%1 est trop profondément imbriqué (plus de %2 niveaux)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="362"/>
        <source>%1 is not %2 or it is damaged</source>
        <translation>%1 n&apos;est pas %2 ou il est endommagé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="363"/>
        <source>%1 is not a SIC Desktop bundle (no signed manifest)</source>
        <translation>%1 n&apos;est pas un paquet SIC Desktop (pas de manifeste signé)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="364"/>
        <source>%1 is not a SIC Desktop bundle (not a ZIP file, or cut short)</source>
        <translation>%1 n&apos;est pas un paquet SIC Desktop (pas un fichier ZIP, ou tronqué)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="365"/>
        <source>%1 is not a SIC Desktop bundle (unknown manifest)</source>
        <translation>%1 n&apos;est pas un paquet SIC Desktop (manifeste inconnu)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="366"/>
        <source>%1 is not a SIC Desktop database</source>
        <translation>%1 n&apos;est pas une base de données SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="367"/>
        <source>%1 is not a SIC Desktop key handover file</source>
        <translation>%1 n&apos;est pas un fichier de transmission de clé SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="368"/>
        <source>%1 is not a SIC Desktop public key file</source>
        <translation>%1 n&apos;est pas un fichier de clé publique SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="369"/>
        <source>%1 is not a cycle year</source>
        <translation>%1 n&apos;est pas l&apos;année d&apos;un cycle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="370"/>
        <source>%1 is not a date in this sheet&apos;s order (%2)</source>
        <translation>%1 n&apos;est pas une date dans l&apos;ordre de cette feuille (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="371"/>
        <source>%1 is not a number JSON allows</source>
        <translation>%1 n&apos;est pas un nombre autorisé en JSON</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="372"/>
        <source>%1 is not a number written with %2 as the decimal mark</source>
        <translation>%1 n&apos;est pas un nombre écrit avec %2 comme séparateur décimal</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="373"/>
        <source>%1 is not a readable .csv file (%2)</source>
        <translation>%1 n&apos;est pas un fichier .csv lisible (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="374"/>
        <source>%1 is not a sound SIC Desktop backup (%2); nothing was restored</source>
        <translation>%1 n&apos;est pas une sauvegarde SIC Desktop saine (%2) ; rien n&apos;a été restauré</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="375"/>
        <source>%1 is not a spreadsheet it claims to be or it is damaged (%2)</source>
        <translation>%1 n&apos;est pas le tableur qu&apos;il prétend être ou il est endommagé (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="376"/>
        <source>%1 is not a text (.csv) file</source>
        <translation>%1 n&apos;est pas un fichier texte (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="377"/>
        <source>%1 is not an Excel workbook (.xlsx) or it is damaged (%2)</source>
        <translation>%1 n&apos;est pas un classeur Excel (.xlsx) ou il est endommagé (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="378"/>
        <source>%1 is not in the list (%2)</source>
        <translation>%1 ne figure pas dans la liste (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="379"/>
        <source>%1 is not one of: %2</source>
        <translation>%1 n&apos;est pas parmi : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="381"/>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 n&apos;est pas du JSON valide : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="382"/>
        <source>%1 is not valid UTF-8 (byte %2)</source>
        <translation>%1 n&apos;est pas de l&apos;UTF-8 valide (octet %2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="383"/>
        <source>%1 is older than the last master bundle applied here (%2 &lt; %3): it was refused</source>
        <translation>%1 est plus ancien que le dernier paquet maître appliqué ici (%2 &lt; %3) : il a été refusé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="385"/>
        <source>%1 is signed by %2&apos;s key %3, which was revoked</source>
        <translation>%1 est signé par la clé %3 de %2, qui a été révoquée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="386"/>
        <source>%1 is signed by %2, a regional key: only the Secretariat&apos;s key may sign a master bundle</source>
        <translation>%1 est signé par %2, une clé régionale : seule la clé du Secrétariat peut signer un paquet maître</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="387"/>
        <source>%1 is signed by the unknown key %2: this copy does not trust it (not enrolled here, or made for another Secretariat)</source>
        <translation>%1 est signé par la clé inconnue %2 : cette copie ne lui fait pas confiance (non inscrite ici, ou créée pour un autre Secrétariat)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="388"/>
        <source>%1 is the key of %2 (%3), not of the Executive Secretariat</source>
        <translation>%1 est la clé de %2 (%3), et non celle du Secrétariat exécutif</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="389"/>
        <source>%1 is too large (%2 bytes; at most %3)</source>
        <translation>%1 est trop volumineux (%2 octets ; au plus %3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="390"/>
        <source>%1 is too large (more than %2 bytes)</source>
        <translation>%1 est trop volumineux (plus de %2 octets)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="391"/>
        <source>%1 is truncated (the last line has no end)</source>
        <translation>%1 est tronqué (la dernière ligne n&apos;a pas de fin)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="392"/>
        <source>%1 is vouched for by key %2, not by %3</source>
        <translation>%1 est garanti par la clé %2, et non par %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="393"/>
        <source>%1 is vouched for by key %2, revoked here: it was refused</source>
        <translation>%1 est garanti par la clé %2, révoquée ici : il a été refusé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="394"/>
        <source>%1 is vouched for by key %2, which is not the Secretariat key pinned here: it was refused</source>
        <translation>%1 est garanti par la clé %2, qui n&apos;est pas la clé du Secrétariat enregistrée ici : il a été refusé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="395"/>
        <source>%1 lacks entries its manifest lists: %2</source>
        <translation>%1 ne contient pas des entrées que son manifeste liste : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="397"/>
        <source>%1 names key %2 but holds another key</source>
        <translation>%1 nomme la clé %2 mais en contient une autre</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="399"/>
        <source>%1 records are written by the STC or the Executive Secretariat</source>
        <translation>les enregistrements %1 sont écrits par le CST ou le Secrétariat exécutif</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="401"/>
        <source>%1 starts with a byte-order mark</source>
        <translation>%1 commence par une marque d&apos;ordre d&apos;octets (BOM)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="402"/>
        <source>%1 uses an unsupported compression in %2</source>
        <translation>%1 utilise une compression non prise en charge dans %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="403"/>
        <source>%1 was made by a newer SIC Desktop (%2 %3; this one reads up to %4): update SIC Desktop, then import it again</source>
        <translation>%1 a été créé par une version plus récente de SIC Desktop (%2 %3 ; celle-ci lit jusqu&apos;à %4) : mettez SIC Desktop à jour, puis importez-le à nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="404"/>
        <source>%1 was made by another assessor or the Secretariat: an STC copy changes only the assessments it made</source>
        <translation>%1 vient d&apos;un autre évaluateur ou du Secrétariat : une copie du CST ne modifie que les évaluations qu&apos;elle a faites</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="405"/>
        <source>%1 was made for another copy (site %2), not for this one (%3, site %4)</source>
        <translation>%1 a été créé pour une autre copie (site %2), et non pour celle-ci (%3, site %4)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="406"/>
        <source>%1 was moved to the trash since</source>
        <translation>%1 a été mis à la corbeille entre-temps</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="407"/>
        <source>%1 was restored from the trash since</source>
        <translation>%1 a été sorti de la corbeille entre-temps</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="408"/>
        <source>%1 was written by a newer version of SIC Desktop (schema %2); update SIC Desktop to open it</source>
        <translation>%1 a été écrit par une version plus récente de SIC Desktop (schéma %2) ; mettez SIC Desktop à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="410"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="411"/>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="412"/>
        <source>%1, row %2, column %3: %4</source>
        <translation>%1, ligne %2, colonne %3 : %4</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="415"/>
        <source>%1.%2 cannot hold a list or object</source>
        <translation>%1.%2 ne peut pas contenir de liste ni d&apos;objet</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="416"/>
        <source>%1.%2 may not be empty</source>
        <translation>%1.%2 ne peut pas être vide</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="418"/>
        <source>%1.%2: %3 is not a valid %4</source>
        <translation>%1.%2 : %3 n&apos;est pas un(e) %4 valide</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="419"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="420"/>
        <source>%1: %2 has no field %3</source>
        <translation>%1 : %2 n&apos;a pas de champ %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="422"/>
        <source>%1: %2 is not a kind of change</source>
        <translation>%1 : %2 n&apos;est pas un type de modification</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="423"/>
        <source>%1: %2 is not a table a bundle may change</source>
        <translation>%1 : %2 n&apos;est pas une table qu&apos;un paquet peut modifier</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="425"/>
        <source>%1: %2 was changed since (it now holds %3)</source>
        <translation>%1 : %2 a été modifié entre-temps (il contient maintenant %3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="426"/>
        <source>%1: %2.%3: %4 is not a valid %5</source>
        <translation>%1 : %2.%3 : %4 n&apos;est pas un(e) %5 valide</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="428"/>
        <source>%1: %2; the bundle was refused and nothing was applied</source>
        <translation>%1 : %2 ; le paquet a été refusé et rien n&apos;a été appliqué</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="429"/>
        <source>%1: --%2 writes a %3 file</source>
        <translation>%1 : --%2 écrit un fichier %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="430"/>
        <source>%1: a malformed %2</source>
        <translation>%1 : %2 mal formé(e)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="431"/>
        <source>%1: a malformed insert</source>
        <translation>%1 : un ajout mal formé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="432"/>
        <source>%1: a number is too large to be finite</source>
        <translation>%1 : un nombre est trop grand pour être fini</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="433"/>
        <source>%1: a text holds a lone UTF-16 surrogate</source>
        <translation>%1 : un texte contient un demi-caractère UTF-16 isolé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="434"/>
        <source>%1: a text of %2 characters is too long (at most %3)</source>
        <translation>%1 : un texte de %2 caractères est trop long (au plus %3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="436"/>
        <source>%1: change %2</source>
        <translation>%1 : modification %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="438"/>
        <source>%1: change %2 of %3: %4; the bundle was refused and nothing was applied</source>
        <translation>%1 : modification %2 de %3 : %4 ; le paquet a été refusé et rien n&apos;a été appliqué</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="439"/>
        <source>%1: changes</source>
        <translation>%1 : modifications</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="440"/>
        <source>%1: its changes are not exactly %2&apos;s changes %3-%4 in order</source>
        <translation>%1 : ses modifications ne sont pas exactement les modifications %3 à %4 de %2, dans l&apos;ordre</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="441"/>
        <source>%1: missing changes %2-%3 of %4; ask the region for a new export (it holds every change not yet acknowledged)</source>
        <translation>%1 : il manque les modifications %2 à %3 de %4 ; demandez à la région un nouvel export (elle conserve toutes les modifications pas encore confirmées)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="442"/>
        <source>%1: no column titled %2 in row 1</source>
        <translation>%1 : aucune colonne intitulée %2 dans la ligne 1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="443"/>
        <source>%1: no row labelled %2 in column A</source>
        <translation>%1 : aucune ligne intitulée %2 dans la colonne A</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="444"/>
        <source>%1: no such backup</source>
        <translation>%1 : cette sauvegarde n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="445"/>
        <source>%1: no such file</source>
        <translation>%1 : ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="446"/>
        <source>%1: not a change (wrong or missing keys)</source>
        <translation>%1 : pas une modification (clés erronées ou manquantes)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="447"/>
        <source>%1: the %2 %3 is not valid</source>
        <translation>%1 : le champ %2 %3 n&apos;est pas valide</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="448"/>
        <source>%1: the %2 of %3 is too long</source>
        <translation>%1 : le champ %2 de %3 est trop long</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="449"/>
        <source>%1: the %2 of field %3 makes no sense</source>
        <translation>%1 : %2 du champ %3 n&apos;a pas de sens</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="450"/>
        <source>%1: the Secretariat imports regions&apos; change bundles only</source>
        <translation>%1 : le Secrétariat n&apos;importe que les paquets de modifications des régions</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="451"/>
        <source>%1: the attachment %2 is not named by its SHA-256</source>
        <translation>%1 : la pièce jointe %2 n&apos;est pas nommée par son SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="453"/>
        <source>%1: the entry %2 does not have the size the manifest says</source>
        <translation>%1 : l&apos;entrée %2 n&apos;a pas la taille indiquée par le manifeste</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="454"/>
        <source>%1: the entry %2 is too large</source>
        <translation>%1 : l&apos;entrée %2 est trop volumineuse</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="456"/>
        <source>%1: the entry %2 was altered (its SHA-256 differs)</source>
        <translation>%1 : l&apos;entrée %2 a été altérée (son SHA-256 diffère)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="457"/>
        <source>%1: the field name is not valid</source>
        <translation>%1 : le nom du champ n&apos;est pas valide</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="458"/>
        <source>%1: the integer %2 is too large</source>
        <translation>%1 : l&apos;entier %2 est trop grand</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="459"/>
        <source>%1: the manifest</source>
        <translation>%1 : le manifeste</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="460"/>
        <source>%1: the manifest does not list the changes</source>
        <translation>%1 : le manifeste ne liste pas les modifications</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="461"/>
        <source>%1: the manifest has missing or unknown fields</source>
        <translation>%1 : le manifeste a des champs manquants ou inconnus</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="462"/>
        <source>%1: the manifest holds a number that is not valid</source>
        <translation>%1 : le manifeste contient un nombre non valide</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="463"/>
        <source>%1: the manifest is malformed</source>
        <translation>%1 : le manifeste est mal formé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="464"/>
        <source>%1: the manifest lists an unknown entry %2</source>
        <translation>%1 : le manifeste liste une entrée inconnue %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="465"/>
        <source>%1: the manifest names another signer than the signature</source>
        <translation>%1 : le manifeste nomme un autre signataire que la signature</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="466"/>
        <source>%1: the manifest&apos;s %2 is not valid</source>
        <translation>%1 : le champ %2 du manifeste n&apos;est pas valide</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="467"/>
        <source>%1: the manifest&apos;s deletes_seen is malformed</source>
        <translation>%1 : le champ deletes_seen du manifeste est mal formé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="468"/>
        <source>%1: the new %2 lacks %3</source>
        <translation>%1 : le nouvel enregistrement %2 n&apos;a pas de %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="469"/>
        <source>%1: the sequence number %2 is not valid</source>
        <translation>%1 : le numéro de séquence %2 n&apos;est pas valide</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="470"/>
        <source>%1: the signature entry is damaged</source>
        <translation>%1 : l&apos;entrée de signature est endommagée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="471"/>
        <source>%1: the trust registry</source>
        <translation>%1 : le registre de confiance</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="472"/>
        <source>%1: the trust registry is malformed</source>
        <translation>%1 : le registre de confiance est mal formé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="473"/>
        <source>%1: unknown bundle kind %2</source>
        <translation>%1 : type de paquet inconnu %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="475"/>
        <source>%1: write a .docx or a .pdf file</source>
        <translation>%1 : écrivez un fichier .docx ou .pdf</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="476"/>
        <source>%1: write a .xlsx or a .pdf file</source>
        <translation>%1 : écrivez un fichier .xlsx ou .pdf</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="482"/>
        <source>--for is for the Secretariat; a region exports to the Secretariat</source>
        <translation>--for est réservé au Secrétariat ; une région exporte vers le Secrétariat</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="483"/>
        <source>--value takes JSON (a quoted text, a number, true/false or null): %1</source>
        <translation>--value attend du JSON (un texte entre guillemets, un nombre, true/false ou null) : %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="484"/>
        <source>A concept note is not an overlap of itself</source>
        <translation>Une note conceptuelle n&apos;est pas un chevauchement d&apos;elle-même</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="488"/>
        <source>A possible duplicate is settled with --keep-master or --take-incoming</source>
        <translation>Un doublon possible se règle avec --keep-master ou --take-incoming</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="490"/>
        <source>A task force leader or representative needs --task-force CODE</source>
        <translation>Un responsable ou représentant de groupe de travail a besoin de --task-force CODE</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="491"/>
        <source>An STC assessor&apos;s copy is trusted without --task-force or --region</source>
        <translation>La copie d&apos;un évaluateur du CST est reconnue sans --task-force ni --region</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="492"/>
        <source>Cannot %1: %2. Undo or change back those edits first; nothing was changed</source>
        <translation>Action impossible (%1) : %2. Annulez ou rétablissez d&apos;abord ces modifications ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="497"/>
        <source>Choose one of %1</source>
        <translation>Choisissez parmi %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="498"/>
        <source>Concept note, ID: no concept note %1 in task force %2; clear the ID to add the note as a new one</source>
        <translation>Note conceptuelle, ID : aucune note conceptuelle %1 dans le groupe de travail %2 ; videz l&apos;ID pour ajouter la note comme nouvelle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="499"/>
        <source>Concept note, Region: unknown region %1</source>
        <translation>Note conceptuelle, Région : région inconnue %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="500"/>
        <source>Concept note, Task force objective(s): unknown objective %1; known: %2</source>
        <translation>Note conceptuelle, Objectif(s) du groupe de travail : objectif inconnu %1 ; connus : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="501"/>
        <source>Decision: %1 is not one of: %2</source>
        <translation>Décision : %1 ne fait pas partie de : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="508"/>
        <source>LibreOffice could not convert %1: %2</source>
        <translation>LibreOffice n&apos;a pas pu convertir %1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="509"/>
        <source>LibreOffice did not convert %1 to %2</source>
        <translation>LibreOffice n&apos;a pas converti %1 en %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="512"/>
        <source>No %1 with id %2</source>
        <translation>%1 introuvable (identifiant %2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="513"/>
        <source>No active regional key is trusted for site %1: see `trust list`</source>
        <translation>Aucune clé régionale active n&apos;est approuvée pour le site %1 : voir `trust list`</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="515"/>
        <source>No concept note with id %1</source>
        <translation>Note conceptuelle introuvable (identifiant %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="516"/>
        <source>No conflict with id %1</source>
        <translation>Conflit introuvable (identifiant %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="517"/>
        <source>No cycle %1; known: %2</source>
        <translation>Aucun cycle %1 ; connus : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="518"/>
        <source>No database at %1: create one with `sic-desktop init`</source>
        <translation>Aucune base de données à l&apos;emplacement %1 : créez-en une avec `sic-desktop init`</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="520"/>
        <source>No meeting with id %1</source>
        <translation>Réunion introuvable (identifiant %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="521"/>
        <source>No task force %1; known: %2</source>
        <translation>Aucun groupe de travail %1 ; connus : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="522"/>
        <source>No trusted key with id %1</source>
        <translation>Clé de confiance introuvable (identifiant %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="527"/>
        <source>Read-only here: %1 is the Executive Secretariat&apos;s decision</source>
        <translation>En lecture seule ici : %1 relève de la décision du Secrétariat exécutif</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="528"/>
        <source>Site %1 already has the active key %2; revoke it first</source>
        <translation>Le site %1 a déjà la clé active %2 ; révoquez-la d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="529"/>
        <source>The %1 cannot be saved - %2</source>
        <translation>Enregistrement impossible (%1) - %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="533"/>
        <source>The Governing Board approves the candidates the Secretariat proposes: %1 has not been proposed as %2 of task force %3</source>
        <translation>Le Conseil d&apos;administration approuve les candidats que propose le Secrétariat : %1 n&apos;a pas été proposé(e) comme %2 du groupe de travail %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="536"/>
        <source>The Secretariat exports a master bundle for a site: --for SITE_ID</source>
        <translation>Le Secrétariat exporte un paquet maître pour un site : --for SITE_ID</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="538"/>
        <source>The concept note %1 has not been validated by the Bureau: a letter of support follows a validation</source>
        <translation>La note conceptuelle %1 n&apos;a pas été validée par le Bureau : une lettre de soutien suit une validation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="540"/>
        <source>The conflict %1 was already resolved</source>
        <translation>Le conflit %1 a déjà été résolu</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="550"/>
        <source>The key %1 of %2 was revoked; it cannot return</source>
        <translation>La clé %1 de %2 a été révoquée ; elle ne peut pas revenir</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="551"/>
        <source>The letter %1 names no validation of the Bureau</source>
        <translation>La lettre %1 ne cite aucune validation du Bureau</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="553"/>
        <source>The role must be one of: %1</source>
        <translation>Le rôle doit être l&apos;un de : %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="556"/>
        <source>The site needs a name (for example the region or &apos;Executive Secretariat&apos;)</source>
        <translation>Le site a besoin d&apos;un nom (par exemple la région ou « Secrétariat exécutif »)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="559"/>
        <source>This database has no site yet: run `sic-desktop init` first</source>
        <translation>Cette base de données n&apos;a pas encore de site : lancez d&apos;abord `sic-desktop init`</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="560"/>
        <source>This regional copy has no Secretariat key pinned: re-run init</source>
        <translation>Cette copie régionale n&apos;a pas de clé du Secrétariat enregistrée : relancez init</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="561"/>
        <source>Unknown region %1</source>
        <translation>Région inconnue %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="563"/>
        <source>Written again in %1 from the filed letter %2, which stays as it was issued</source>
        <translation>Réécrite en %1 à partir de la lettre classée %2, qui reste telle qu&apos;elle a été émise</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="577"/>
        <source>an STC assessor&apos;s copy writes only STC assessments and their scores, not %1</source>
        <translation>une copie d&apos;évaluateur du CST n&apos;écrit que les évaluations du CST et leurs notes, pas %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="587"/>
        <source>cell %1: no cycle %2; known: %3</source>
        <translation>cellule %1 : aucun cycle %2 ; cycles connus : %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="657"/>
        <source>the %1 list is the Executive Secretariat&apos;s reference data</source>
        <translation>la liste %1 est une donnée de référence du Secrétariat exécutif</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="659"/>
        <source>the Bureau decides on a note with a current STC assessment; %1 is %2 (%3)</source>
        <translation>le Bureau se prononce sur une note dont l&apos;évaluation du CST est à jour ; %1 est %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="660"/>
        <source>the Bureau did not validate it (%1)</source>
        <translation>le Bureau ne l&apos;a pas validée (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="661"/>
        <source>the Bureau has not validated %1</source>
        <translation>le Bureau n&apos;a pas validé %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="662"/>
        <source>the Bureau validated it on %1</source>
        <translation>le Bureau l&apos;a validée le %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="665"/>
        <source>the STC assessed version %1</source>
        <translation>le CST a évalué la version %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="666"/>
        <source>the STC assesses submitted notes; %1 is %2 (%3)</source>
        <translation>le CST évalue les notes soumises ; %1 est %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="667"/>
        <source>the STC assesses submitted notes; concept note %1 has not been submitted</source>
        <translation>le CST évalue les notes soumises ; la note conceptuelle %1 n&apos;a pas été soumise</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="668"/>
        <source>the STC&apos;s assessment of %1 is stale: the note changed after it was assessed</source>
        <translation>l&apos;évaluation du CST de %1 est périmée : la note a changé après son évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="669"/>
        <source>the TF meeting of %1 records no project ideas with teams yet</source>
        <translation>la réunion du groupe de travail du %1 n&apos;enregistre encore aucune idée de projet avec équipe</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="671"/>
        <source>the bundle for site %1</source>
        <translation>le paquet pour le site %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="672"/>
        <source>the call closes on %1</source>
        <translation>l&apos;appel se clôt le %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="673"/>
        <source>the change id %1 is not a UUID</source>
        <translation>l&apos;id de modification %1 n&apos;est pas un UUID</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="674"/>
        <source>the change id %1 is not the id of change %2 of site %3: it names another copy&apos;s change</source>
        <translation>l&apos;id de modification %1 n&apos;est pas celui de la modification %2 du site %3 : il désigne une modification d&apos;une autre copie</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="675"/>
        <source>the clock of %1 runs more than a day ahead (a change dated %2): its changes count as made when they arrived here (%3), so a wrong clock wins no conflict against a later change. Ask them to set their computer&apos;s date right.</source>
        <translation>l&apos;horloge de %1 avance de plus d&apos;un jour (une modification datée du %2) : ses modifications comptent comme faites à leur arrivée ici (%3), une horloge fausse ne gagne donc aucun conflit contre une modification plus récente. Demandez-leur de régler la date de leur ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="676"/>
        <source>the clock of %1 seems wrong (a change dated %2): its changes lose every tie they are part of; ask them to set their computer&apos;s date right</source>
        <translation>l&apos;horloge de %1 semble fausse (une modification datée du %2) : ses modifications perdent toutes leurs égalités ; demandez-leur de régler la date de leur ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="679"/>
        <source>the integer %1 is too large</source>
        <translation>l&apos;entier %1 est trop grand</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="687"/>
        <source>the mapping names %1, which is not a field; fields: %2</source>
        <translation>la correspondance nomme %1, qui n&apos;est pas un champ ; champs : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="688"/>
        <source>the mapping names a column the file does not have; its columns: %1</source>
        <translation>la correspondance nomme une colonne absente du fichier ; ses colonnes : %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="692"/>
        <source>the number %1 was given to another letter; a number is never reused</source>
        <translation>le numéro %1 a été donné à une autre lettre ; un numéro n&apos;est jamais réutilisé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="698"/>
        <source>the template %1 tries to reach beyond the document&apos;s data (%2) and was not used. `sic-desktop documents check-template` names the placeholder.</source>
        <translation>le modèle %1 tente d&apos;accéder à autre chose que les données du document (%2) et n&apos;a pas été utilisé. `sic-desktop documents check-template` nomme l&apos;espace réservé.</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="699"/>
        <source>their region</source>
        <translation>leur région</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="700"/>
        <source>their task forces</source>
        <translation>leurs groupes de travail</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="702"/>
        <source>this copy&apos;s</source>
        <translation>de cette copie</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="703"/>
        <source>this copy&apos;s region</source>
        <translation>la région de cette copie</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="704"/>
        <source>titles alike: both say %1</source>
        <translation>titres semblables : les deux disent %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="713"/>
        <source>%n %1 record(s) added</source>
        <translation>
            <numerusform>%1 : %n enregistrement ajouté</numerusform>
            <numerusform>%1 : %n enregistrements ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="714"/>
        <source>%n %1 record(s) changed</source>
        <translation>
            <numerusform>%1 : %n enregistrement modifié</numerusform>
            <numerusform>%1 : %n enregistrements modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="715"/>
        <source>%n %1 record(s) moved to the trash</source>
        <translation>
            <numerusform>%1 : %n enregistrement mis à la corbeille</numerusform>
            <numerusform>%1 : %n enregistrements mis à la corbeille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="716"/>
        <source>%n %1 record(s) restored</source>
        <translation>
            <numerusform>%1 : %n enregistrement restauré</numerusform>
            <numerusform>%1 : %n enregistrements restaurés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="717"/>
        <source>%n %1 record(s): %2</source>
        <translation>
            <numerusform>%1 : %n enregistrement : %2</numerusform>
            <numerusform>%1 : %n enregistrements : %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="718"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n ajout</numerusform>
            <numerusform>%n ajouts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="719"/>
        <source>%n agreement(s), no project started yet</source>
        <translation>
            <numerusform>%n convention, aucun projet encore démarré</numerusform>
            <numerusform>%n conventions, aucun projet encore démarré</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="720"/>
        <source>%n candidate(s) await the Governing Board&apos;s decision</source>
        <translation>
            <numerusform>%n candidat attend la décision du Conseil d&apos;administration</numerusform>
            <numerusform>%n candidats attendent la décision du Conseil d&apos;administration</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="721"/>
        <source>%n field change(s) logged</source>
        <translation>
            <numerusform>%n modification de champ consignée</numerusform>
            <numerusform>%n modifications de champ consignées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="722"/>
        <source>%n full proposal(s), no agreement yet</source>
        <translation>
            <numerusform>%n proposition complète, pas encore de convention</numerusform>
            <numerusform>%n propositions complètes, pas encore de convention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="723"/>
        <source>%n funder(s) asked for a full proposal; none recorded yet</source>
        <translation>
            <numerusform>%n bailleur a demandé une proposition complète ; aucune n&apos;est encore enregistrée</numerusform>
            <numerusform>%n bailleurs ont demandé une proposition complète ; aucune n&apos;est encore enregistrée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="724"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idée</numerusform>
            <numerusform>%n idées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="725"/>
        <source>%n superseded change(s) older than %1 days removed; %2 kept</source>
        <translation>
            <numerusform>%n modification remplacée datant de plus de %1 jours supprimée ; conservées : %2</numerusform>
            <numerusform>%n modifications remplacées datant de plus de %1 jours supprimées ; conservées : %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="726"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n équipe</numerusform>
            <numerusform>%n équipes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="727"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="728"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="729"/>
        <source>%n value(s) already equal</source>
        <translation>
            <numerusform>%n valeur déjà identique</numerusform>
            <numerusform>%n valeurs déjà identiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="730"/>
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
        <location filename="../../ui/words.py" line="731"/>
        <source>Nothing would be imported: %n problem(s)</source>
        <translation>
            <numerusform>Rien ne serait importé : %n problème</numerusform>
            <numerusform>Rien ne serait importé : %n problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="732"/>
        <source>Unknown task force code(s): %1</source>
        <translation>
            <numerusform>Code de groupe de travail inconnu : %1</numerusform>
            <numerusform>Codes de groupe de travail inconnus : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="567"/>
        <source>a key for site %1 already exists; it was not replaced</source>
        <translation>une clé pour le site %1 existe déjà ; elle n&apos;a pas été remplacée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="380"/>
        <source>%1 is not readable text</source>
        <translation>%1 n&apos;est pas un texte lisible</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="384"/>
        <source>%1 is part of %2, which belongs to another region (%3), outside %4 (%5)</source>
        <translation>%1 fait partie de %2, qui appartient à une autre région (%3), hors de %4 (%5)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="396"/>
        <source>%1 may not make change %2: %3</source>
        <translation>%1 ne peut pas faire la modification %2 : %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="398"/>
        <source>%1 records are the Executive Secretariat&apos;s to write</source>
        <translation>les enregistrements %1 relèvent du Secrétariat exécutif</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="400"/>
        <source>%1 records do not belong to a task force</source>
        <translation>les enregistrements %1 n&apos;appartiennent pas à un groupe de travail</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="409"/>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="413"/>
        <source>%1, sheet %2, cell %3 holds %4 characters; a cell holds at most %5</source>
        <translation>%1, feuille %2, cellule %3 contient %4 caractères ; une cellule en contient au plus %5</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="414"/>
        <source>%1. If the Secretariat revoked it, replace it with `sic-desktop keys renew --revoked`, then send the new key for enrolment</source>
        <translation>%1. Si le Secrétariat l&apos;a révoquée, remplacez-la avec `sic-desktop keys renew --revoked`, puis envoyez la nouvelle clé pour inscription</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="417"/>
        <source>%1.%2: %3</source>
        <translation>%1.%2 : %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="421"/>
        <source>%1: %2 is not &quot;Title in the file=Field&quot;</source>
        <translation>%1 : %2 n&apos;est pas de la forme « Titre dans le fichier=Champ »</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="424"/>
        <source>%1: %2 sent a change with the id %3, which belongs to change %4 of site %5 received before: a change id is its own site&apos;s, so the bundle was refused and nothing was applied</source>
        <translation>%1 : %2 a envoyé une modification d&apos;id %3, qui appartient à la modification %4 du site %5 reçue auparavant : l&apos;id d&apos;une modification est celui de son site, le paquet a donc été refusé et rien n&apos;a été appliqué</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="427"/>
        <source>%1: %2.%3: %4 is not the id of a record</source>
        <translation>%1 : %2.%3 : %4 n&apos;est pas l&apos;id d&apos;un enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="435"/>
        <source>%1: cannot read %2 files; save it as one of %3</source>
        <translation>%1 : les fichiers %2 ne peuvent pas être lus ; enregistrez-le dans l&apos;un de ces formats : %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="437"/>
        <source>%1: change %2 carries the clock value %3, which is no time at all (%4): the bundle was refused</source>
        <translation>%1 : la modification %2 porte la valeur d&apos;horloge %3, qui ne correspond à aucune date (%4) : le paquet a été refusé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="452"/>
        <source>%1: the change id %2 is used twice in it; nothing was applied</source>
        <translation>%1 : l&apos;id de modification %2 y figure deux fois ; rien n&apos;a été appliqué</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="455"/>
        <source>%1: the entry %2 is too large (%3 bytes; at most %4)</source>
        <translation>%1 : l&apos;entrée %2 est trop grande (%3 octets ; au plus %4)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="474"/>
        <source>%1: write FIELD=VALUE (an empty value clears the field)</source>
        <translation>%1 : écrivez CHAMP=VALEUR (une valeur vide efface le champ)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="477"/>
        <source>%1; due by %2</source>
        <translation>%1 ; à faire avant le %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="478"/>
        <source>%1; its receiver would refuse it, so it was not written</source>
        <translation>%1 ; son destinataire le refuserait, il n&apos;a donc pas été écrit</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="479"/>
        <source>%1; no window planned</source>
        <translation>%1 ; aucune période prévue</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="480"/>
        <source>%1; the window ended on %2</source>
        <translation>%1 ; la période s&apos;est terminée le %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="481"/>
        <source>%1; the window opens on %2</source>
        <translation>%1 ; la période s&apos;ouvre le %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="485"/>
        <source>A concept note&apos;s status changes are its history: only the Secretariat can take one back</source>
        <translation>Les changements de statut d&apos;une note conceptuelle sont son historique : seul le Secrétariat peut en annuler un</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="486"/>
        <source>A concept note&apos;s status follows its records and is never typed: %1 is %2 (%3), not %4</source>
        <translation>Le statut d&apos;une note conceptuelle suit ses enregistrements et ne se saisit jamais : %1 est %2 (%3), pas %4</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="487"/>
        <source>A letter follows the Bureau&apos;s validation</source>
        <translation>Une lettre suit la validation du Bureau</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="489"/>
        <source>A status change is the note&apos;s history: it is never edited</source>
        <translation>Un changement de statut fait partie de l&apos;historique de la note : il n&apos;est jamais modifié</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="493"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="494"/>
        <source>Change %1 holds nothing to withdraw</source>
        <translation>La modification %1 ne contient rien à retirer</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="495"/>
        <source>Change %1 was changed again afterwards (change %2): withdraw that one first</source>
        <translation>La modification %1 a été modifiée de nouveau ensuite (modification %2) : retirez d&apos;abord celle-ci</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="496"/>
        <source>Change %1 was withdrawn already</source>
        <translation>La modification %1 a déjà été retirée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="502"/>
        <source>Documents are written in %1, not %2</source>
        <translation>Les documents sont rédigés en %1, pas en %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="503"/>
        <source>Follows the records: %1</source>
        <translation>Suit les enregistrements : %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="504"/>
        <source>Goes up when the content changes after an STC assessment</source>
        <translation>Augmente quand le contenu change après une évaluation du CST</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="505"/>
        <source>Imported %1: %2</source>
        <translation>Importé %1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="506"/>
        <source>Letter %1 is filed with the note</source>
        <translation>La lettre %1 est classée avec la note</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="507"/>
        <source>Letters of support are issued by the Secretariat: read-only in this copy</source>
        <translation>Les lettres de soutien sont émises par le Secrétariat : en lecture seule dans cette copie</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="510"/>
        <source>LibreOffice was not found on this computer: %1</source>
        <translation>LibreOffice est introuvable sur cet ordinateur : %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="511"/>
        <source>Name who signs the letters of support first: sic-desktop settings signatory NAME</source>
        <translation>Indiquez d&apos;abord qui signe les lettres de soutien : sic-desktop settings signatory NOM</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="514"/>
        <source>No change %1 of this copy waits to be sent: only those can be withdrawn</source>
        <translation>Aucune modification %1 de cette copie n&apos;attend d&apos;être envoyée : seules celles-ci peuvent être retirées</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="519"/>
        <source>No kind of record %1; known: %2</source>
        <translation>Aucun type d&apos;enregistrement %1 ; types connus : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="523"/>
        <source>Not imported (no field of this list): %1</source>
        <translation>Non importées (aucun champ de cette liste) : %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="524"/>
        <source>Only the Secretariat compacts its change log</source>
        <translation>Seul le Secrétariat compacte son journal des modifications</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="525"/>
        <source>PDF output needs LibreOffice, which was not found on this computer: %1, or write a .docx instead</source>
        <translation>La sortie PDF nécessite LibreOffice, introuvable sur cet ordinateur : %1, ou écrivez plutôt un .docx</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="526"/>
        <source>Read-only here: %1</source>
        <translation>En lecture seule ici : %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="530"/>
        <source>The %1 cycle exists already; nothing was changed</source>
        <translation>Le cycle %1 existe déjà ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="531"/>
        <source>The %1 of a %2 is set once and never changed</source>
        <translation>Le champ %1 d&apos;un(e) %2 est fixé une fois pour toutes</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="532"/>
        <source>The Bureau validated the note: the letter can be issued</source>
        <translation>Le Bureau a validé la note : la lettre peut être émise</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="534"/>
        <source>The STC&apos;s assessment is stale: the concept note changed after it was assessed</source>
        <translation>L&apos;évaluation du CST est périmée : la note conceptuelle a changé après son évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="535"/>
        <source>The STC&apos;s assessment of %1 is stale: the concept note changed after it was assessed; a letter needs a current assessment</source>
        <translation>L&apos;évaluation du CST de %1 est périmée : la note conceptuelle a changé après son évaluation ; une lettre exige une évaluation à jour</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="537"/>
        <source>The concept note %1 has been submitted: it is read-only to its task force until the Secretariat returns it</source>
        <translation>La note conceptuelle %1 a été soumise : elle est en lecture seule pour son groupe de travail jusqu&apos;à ce que le Secrétariat la renvoie</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="539"/>
        <source>The concept note has been submitted: it is read-only to its task force until the Secretariat returns it</source>
        <translation>La note conceptuelle a été soumise : elle est en lecture seule pour son groupe de travail jusqu&apos;à ce que le Secrétariat la renvoie</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="541"/>
        <source>The database %1 cannot be written (the file or its folder is read-only): nothing was changed. Give yourself write access, or copy it to a folder you can write to.</source>
        <translation>La base %1 ne peut pas être écrite (le fichier ou son dossier est en lecture seule) : rien n&apos;a été modifié. Donnez-vous le droit d&apos;écriture, ou copiez-la dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="542"/>
        <source>The database %1 could not be read or written (%2); nothing was changed by this step. Check the disk or USB stick it is on.</source>
        <translation>La base %1 n&apos;a pas pu être lue ou écrite (%2) ; cette étape n&apos;a rien modifié. Vérifiez le disque ou la clé USB qui la contient.</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="543"/>
        <source>The database %1 is busy: another SIC Desktop (an import or export?) is writing to it. Nothing was changed by this step; do it again when the other has finished.</source>
        <translation>La base %1 est occupée : un autre SIC Desktop (un import ou un export ?) y écrit. Cette étape n&apos;a rien modifié ; recommencez quand l&apos;autre aura terminé.</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="544"/>
        <source>The database %1 is damaged (%2); nothing was written to it. Its last good backup is %3: restore it with `sic-desktop --db %1 backup restore %3`.</source>
        <translation>La base %1 est endommagée (%2) ; rien n&apos;y a été écrit. Sa dernière sauvegarde saine est %3 : restaurez-la avec `sic-desktop --db %1 backup restore %3`.</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="545"/>
        <source>The database %1 is damaged (%2); nothing was written to it. No sound backup of it was found: keep the file and ask the Executive Secretariat for help.</source>
        <translation>La base %1 est endommagée (%2) ; rien n&apos;y a été écrit. Aucune sauvegarde saine n&apos;a été trouvée : gardez le fichier et demandez l&apos;aide du Secrétariat exécutif.</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="546"/>
        <source>The database %1 was deleted or moved while SIC Desktop had it open. To keep your work safe nothing more is written: this step was not saved. Put the file back (or restore a backup) and open SIC Desktop again.</source>
        <translation>La base %1 a été supprimée ou déplacée pendant que SIC Desktop l&apos;avait ouverte. Pour protéger votre travail, plus rien n&apos;est écrit : cette étape n&apos;a pas été enregistrée. Remettez le fichier en place (ou restaurez une sauvegarde) et rouvrez SIC Desktop.</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="547"/>
        <source>The database %1 was replaced by another file while SIC Desktop had it open. To keep your work safe nothing more is written: this step was not saved. Open SIC Desktop again to work on the file now there.</source>
        <translation>La base %1 a été remplacée par un autre fichier pendant que SIC Desktop l&apos;avait ouverte. Pour protéger votre travail, plus rien n&apos;est écrit : cette étape n&apos;a pas été enregistrée. Rouvrez SIC Desktop pour travailler sur le fichier qui s&apos;y trouve maintenant.</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="548"/>
        <source>The disk holding %1 is full: nothing was changed by this step. Free some space and do it again.</source>
        <translation>Le disque qui contient %1 est plein : cette étape n&apos;a rien modifié. Libérez de la place et recommencez.</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="549"/>
        <source>The horizon must be at least %1 days</source>
        <translation>L&apos;horizon doit être d&apos;au moins %1 jours</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="552"/>
        <source>The mapping file %1 cannot be read (%2)</source>
        <translation>Le fichier de correspondance %1 ne peut pas être lu (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="554"/>
        <source>The score for criterion %1 must be between %2 and %3 (found %4)</source>
        <translation>La note du critère %1 doit être entre %2 et %3 (trouvé %4)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="555"/>
        <source>The signatory needs a name</source>
        <translation>Le signataire doit avoir un nom</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="557"/>
        <source>This %1 cannot be recorded: %2</source>
        <translation>Impossible d&apos;enregistrer ce(tte) %1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="558"/>
        <source>This assessment already scores criterion %1: change that score instead</source>
        <translation>Cette évaluation note déjà le critère %1 : modifiez plutôt cette note</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="562"/>
        <source>Would add %1, change %2, leave %3 as they are</source>
        <translation>Ajouterait %1, modifierait %2, laisserait %3 tels quels</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="564"/>
        <source>a concept note&apos;s status follows its records: the master copy writes it</source>
        <translation>le statut d&apos;une note conceptuelle suit ses enregistrements : c&apos;est la copie maîtresse qui l&apos;écrit</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="565"/>
        <source>a full proposal follows an expression of interest; %1 is %2 (%3)</source>
        <translation>une proposition complète suit une manifestation d&apos;intérêt ; %1 est %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="566"/>
        <source>a full proposal was prepared for a funder</source>
        <translation>une proposition complète a été préparée pour un bailleur</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="568"/>
        <source>a new concept note starts as a draft</source>
        <translation>une nouvelle note conceptuelle commence comme brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="569"/>
        <source>a note is returned before the Bureau decides on it; %1 is %2</source>
        <translation>une note est renvoyée avant la décision du Bureau ; %1 est %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="570"/>
        <source>a number is too large to be finite</source>
        <translation>un nombre est trop grand pour être fini</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="571"/>
        <source>a status is taken by hand only to submit or return a note; %1 follows from the records</source>
        <translation>un statut ne se prend à la main que pour soumettre ou renvoyer une note ; %1 découle des enregistrements</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="572"/>
        <source>a task force submits its notes; returning one and the rest of a note&apos;s history are the Secretariat&apos;s</source>
        <translation>un groupe de travail soumet ses notes ; en renvoyer une et le reste de l&apos;historique d&apos;une note relèvent du Secrétariat</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="573"/>
        <source>action plan &quot;%1&quot; has no indicators yet</source>
        <translation>le plan d&apos;action « %1 » n&apos;a pas encore d&apos;indicateurs</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="574"/>
        <source>activity</source>
        <translation>activité</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="575"/>
        <source>an Excel workbook (.xlsx)</source>
        <translation>un classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="576"/>
        <source>an OpenDocument spreadsheet (.ods)</source>
        <translation>un tableur OpenDocument (.ods)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="578"/>
        <source>an agreement follows a full proposal; %1 is %2 (%3)</source>
        <translation>une convention suit une proposition complète ; %1 est %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="579"/>
        <source>an agreement was signed on %1</source>
        <translation>une convention a été signée le %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="580"/>
        <source>an assessment&apos;s pin to the content it assessed is never changed</source>
        <translation>le lien d&apos;une évaluation avec le contenu évalué ne change jamais</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="581"/>
        <source>an expression of interest follows the Bureau&apos;s validation; %1 is %2 (%3)</source>
        <translation>une manifestation d&apos;intérêt suit la validation du Bureau ; %1 est %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="582"/>
        <source>an expression of interest went to a funder</source>
        <translation>une manifestation d&apos;intérêt a été envoyée à un bailleur</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="583"/>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="584"/>
        <source>cell %1 %2</source>
        <translation>cellule %1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="585"/>
        <source>cell %1 is before the start</source>
        <translation>cellule %1 : la date est antérieure au début</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="586"/>
        <source>cell %1: %2</source>
        <translation>cellule %1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="588"/>
        <source>change %1 deletes the %2 %3 having seen change %4, which is not another copy&apos;s change of that record: the bundle was refused</source>
        <translation>la modification %1 supprime %2 %3 après avoir vu la modification %4, qui n&apos;est pas une modification de cet enregistrement par une autre copie : le paquet a été refusé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="589"/>
        <source>change %1 edits the %2 %3, which the master copy does not have</source>
        <translation>la modification %1 touche %2 %3, que la copie maître n&apos;a pas</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="590"/>
        <source>change %1 of site %2: the %3 %4 refers (%5) to %6 %7, which this copy does not have and the bundle does not bring; nothing was applied</source>
        <translation>modification %1 du site %2 : %3 %4 fait référence (%5) à %6 %7, que cette copie n&apos;a pas et que le paquet n&apos;apporte pas ; rien n&apos;a été appliqué</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="591"/>
        <source>change %1: %2.%3 may not be empty</source>
        <translation>modification %1 : %2.%3 ne peut pas être vide</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="592"/>
        <source>change %1: %2: %3 %4</source>
        <translation>modification %1 : %2 : %3 %4</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="593"/>
        <source>change %1: the %2 %3: %4 %5</source>
        <translation>modification %1 : %2 %3 : %4 %5</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="594"/>
        <source>change %1: the new %2 %3 refers to %4 %5, which does not exist</source>
        <translation>modification %1 : le nouvel enregistrement %2 %3 fait référence à %4 %5, qui n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="595"/>
        <source>concept note %1 has been submitted: it is read-only to its task force until the Secretariat returns it</source>
        <translation>la note conceptuelle %1 a été soumise : elle est en lecture seule pour son groupe de travail jusqu&apos;à ce que le Secrétariat la renvoie</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="596"/>
        <source>current: it assessed version %1, the note as it is now</source>
        <translation>à jour : elle a évalué la version %1, la note telle qu&apos;elle est</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="597"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="598"/>
        <source>date and time</source>
        <translation>date et heure</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="599"/>
        <source>day/month/year</source>
        <translation>jour/mois/année</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="600"/>
        <source>deadline: %1, %2</source>
        <translation>date limite : %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="601"/>
        <source>done: %1 &quot;%2&quot; of %3</source>
        <translation>fait : %1 « %2 » du %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="602"/>
        <source>done: %1, %2 recorded at the TF meeting of %3</source>
        <translation>fait : %1, %2 enregistrées à la réunion du groupe de travail du %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="603"/>
        <source>every required part is filled in: its task force can submit it</source>
        <translation>toutes les parties requises sont remplies : son groupe de travail peut la soumettre</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="604"/>
        <source>extension-less</source>
        <translation>sans extension</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="605"/>
        <source>holds %1 characters; a cell holds at most %2</source>
        <translation>contient %1 caractères ; une cellule en contient au plus %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="606"/>
        <source>install LibreOffice Writer (on Debian or Ubuntu: sudo apt install libreoffice-writer)</source>
        <translation>installez LibreOffice Writer (sous Debian ou Ubuntu : sudo apt install libreoffice-writer)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="607"/>
        <source>install LibreOffice from libreoffice.org (it goes to C:\Program Files\LibreOffice)</source>
        <translation>installez LibreOffice depuis libreoffice.org (il s&apos;installe dans C:\Program Files\LibreOffice)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="608"/>
        <source>install LibreOffice from libreoffice.org into Applications</source>
        <translation>installez LibreOffice depuis libreoffice.org dans Applications</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="609"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="610"/>
        <source>letters of support are issued by the Secretariat</source>
        <translation>les lettres de soutien sont émises par le Secrétariat</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="611"/>
        <source>may not be negative (found %1)</source>
        <translation>ne peut pas être négatif (trouvé : %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="612"/>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="613"/>
        <source>month/day/year</source>
        <translation>mois/jour/année</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="614"/>
        <source>more than %1</source>
        <translation>plus de %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="615"/>
        <source>must be a date such as 2025-03-31 (found %1)</source>
        <translation>doit être une date comme 2025-03-31 (trouvé : %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="616"/>
        <source>must be a number (found %1)</source>
        <translation>doit être un nombre (trouvé : %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="617"/>
        <source>must be a whole number (found %1)</source>
        <translation>doit être un nombre entier (trouvé : %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="618"/>
        <source>must be at least 1 (found %1)</source>
        <translation>doit valoir au moins 1 (trouvé : %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="619"/>
        <source>no %1 with this ID in task force %2</source>
        <translation>aucun(e) %1 avec cet ID dans le groupe de travail %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="620"/>
        <source>no TF leaders&apos; meeting (the %1) recorded in the step&apos;s window</source>
        <translation>aucune réunion des responsables de groupes de travail (%1) enregistrée dans la période de l&apos;étape</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="621"/>
        <source>no TF meeting recorded in this cycle</source>
        <translation>aucune réunion du groupe de travail enregistrée dans ce cycle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="622"/>
        <source>no action plan recorded in this cycle</source>
        <translation>aucun plan d&apos;action enregistré dans ce cycle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="623"/>
        <source>no activity recorded in this cycle&apos;s inventory</source>
        <translation>aucune activité enregistrée dans l&apos;inventaire de ce cycle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="624"/>
        <source>no agreement signed: no project to implement</source>
        <translation>aucune convention signée : aucun projet à mettre en œuvre</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="625"/>
        <source>no candidacy for TFL or TFRR recorded in this cycle</source>
        <translation>aucune candidature TFL ou TFRR enregistrée dans ce cycle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="626"/>
        <source>no column holds %1; name one with --map &quot;Your title=%1&quot; or choose it in the mapping step</source>
        <translation>aucune colonne ne contient %1 ; nommez-en une avec --map &quot;Votre titre=%1&quot; ou choisissez-la à l&apos;étape de correspondance</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="627"/>
        <source>no concept note recorded in this cycle</source>
        <translation>aucune note conceptuelle enregistrée dans ce cycle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="628"/>
        <source>no concept note validated by the Bureau: nothing to seek funding for</source>
        <translation>aucune note conceptuelle validée par le Bureau : rien à financer</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="629"/>
        <source>no exchange with the Secretariat recorded for this step</source>
        <translation>aucun échange avec le Secrétariat enregistré pour cette étape</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="630"/>
        <source>no expression of interest sent yet</source>
        <translation>aucune manifestation d&apos;intérêt envoyée pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="631"/>
        <source>no full proposal to negotiate</source>
        <translation>aucune proposition complète à négocier</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="632"/>
        <source>no funder asked for a full proposal</source>
        <translation>aucun bailleur n&apos;a demandé de proposition complète</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="633"/>
        <source>no keyring works on this machine, so the key of site %1 is kept in %2, encrypted: give its passphrase (or set %3)</source>
        <translation>aucun trousseau de clés ne fonctionne sur cet ordinateur, la clé du site %1 est donc conservée dans %2, chiffrée : indiquez sa phrase secrète (ou définissez %3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="634"/>
        <source>no members recorded</source>
        <translation>aucun membre enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="635"/>
        <source>no progress report for this cycle</source>
        <translation>aucun rapport d&apos;avancement pour ce cycle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="636"/>
        <source>no project team meeting or draft concept note in this cycle</source>
        <translation>aucune réunion d&apos;équipe de projet ni note conceptuelle en projet dans ce cycle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="637"/>
        <source>no rule for this step</source>
        <translation>aucune règle pour cette étape</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="638"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="639"/>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="640"/>
        <source>objectives and activities alike (%1 of 100), both about %2</source>
        <translation>objectifs et activités semblables (%1 sur 100), tous deux sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="641"/>
        <source>only a complete note can be submitted; %1 still lacks: %2</source>
        <translation>seule une note complète peut être soumise ; il manque encore à %1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="642"/>
        <source>only the Secretariat returns a submitted note to its task force</source>
        <translation>seul le Secrétariat renvoie une note soumise à son groupe de travail</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="643"/>
        <source>redo %1</source>
        <translation>rétablir %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="644"/>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="645"/>
        <source>row %1: %2 is %3, already known</source>
        <translation>ligne %1 : %2 est %3, déjà connu</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="646"/>
        <source>same acronym: %1</source>
        <translation>même acronyme : %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="647"/>
        <source>same countries: %1</source>
        <translation>mêmes pays : %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="648"/>
        <source>same partner organisations: %1</source>
        <translation>mêmes organisations partenaires : %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="649"/>
        <source>stale: it assessed version %1; the concept note has changed since (now version %2)</source>
        <translation>périmée : elle a évalué la version %1 ; la note conceptuelle a changé depuis (version %2 maintenant)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="650"/>
        <source>step %1: %2</source>
        <translation>étape %1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="651"/>
        <source>still missing: %1</source>
        <translation>il manque encore : %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="652"/>
        <source>submitted by its task force: waiting for the STC&apos;s assessment</source>
        <translation>soumise par son groupe de travail : en attente de l&apos;évaluation du CST</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="653"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="654"/>
        <source>the %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="655"/>
        <source>the %1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="733"/>
        <source>Wrote %n row(s) to %1</source>
        <translation>
            <numerusform>%n ligne écrite dans %1</numerusform>
            <numerusform>%n lignes écrites dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="734"/>
        <source>done: %n agreement(s)</source>
        <translation>
            <numerusform>fait : %n convention</numerusform>
            <numerusform>fait : %n conventions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="735"/>
        <source>done: %n candidate(s) approved by the Governing Board</source>
        <translation>
            <numerusform>fait : %n candidat approuvé par le Conseil d&apos;administration</numerusform>
            <numerusform>fait : %n candidats approuvés par le Conseil d&apos;administration</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="736"/>
        <source>done: %n draft concept note(s)</source>
        <translation>
            <numerusform>fait : %n note conceptuelle en projet</numerusform>
            <numerusform>fait : %n notes conceptuelles en projet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="737"/>
        <source>done: %n expression(s) of interest sent to funders</source>
        <translation>
            <numerusform>fait : %n manifestation d&apos;intérêt envoyée aux bailleurs</numerusform>
            <numerusform>fait : %n manifestations d&apos;intérêt envoyées aux bailleurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="738"/>
        <source>done: %n full proposal(s)</source>
        <translation>
            <numerusform>fait : %n proposition complète</numerusform>
            <numerusform>fait : %n propositions complètes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="739"/>
        <source>done: %n inventory item(s) recorded in this cycle</source>
        <translation>
            <numerusform>fait : %n élément d&apos;inventaire enregistré dans ce cycle</numerusform>
            <numerusform>fait : %n éléments d&apos;inventaire enregistrés dans ce cycle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="740"/>
        <source>done: %n member(s) (%1)</source>
        <translation>
            <numerusform>fait : %n membre (%1)</numerusform>
            <numerusform>fait : %n membres (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="741"/>
        <source>done: %n progress report(s) for this cycle</source>
        <translation>
            <numerusform>fait : %n rapport d&apos;avancement pour ce cycle</numerusform>
            <numerusform>fait : %n rapports d&apos;avancement pour ce cycle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="742"/>
        <source>done: %n project(s) under way</source>
        <translation>
            <numerusform>fait : %n projet en cours</numerusform>
            <numerusform>fait : %n projets en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="743"/>
        <source>done: action plan &quot;%1&quot; with %n indicator(s)</source>
        <translation>
            <numerusform>fait : plan d&apos;action « %1 » avec %n indicateur</numerusform>
            <numerusform>fait : plan d&apos;action « %1 » avec %n indicateurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="656"/>
        <source>the %1 %2 no longer exists</source>
        <translation>%1 %2 n&apos;existe plus</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="658"/>
        <source>the %1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="663"/>
        <source>the JSON</source>
        <translation>le JSON</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="664"/>
        <source>the JSON lines</source>
        <translation>les lignes JSON</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="670"/>
        <source>the bundle</source>
        <translation>le paquet</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="677"/>
        <source>the end is before the start</source>
        <translation>la fin est antérieure au début</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="678"/>
        <source>the import</source>
        <translation>l&apos;importation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="680"/>
        <source>the key %1 appears twice in one object</source>
        <translation>la clé %1 apparaît deux fois dans un même objet</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="681"/>
        <source>the key file %1 of site %2 cannot be opened: wrong passphrase, or the file is damaged</source>
        <translation>le fichier de clé %1 du site %2 ne peut pas être ouvert : phrase secrète erronée, ou fichier endommagé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="682"/>
        <source>the key for site %1 is missing; re-enrol this copy with the Secretariat (it is neither in the keyring nor in %2)</source>
        <translation>la clé du site %1 est manquante ; réinscrivez cette copie auprès du Secrétariat (elle n&apos;est ni dans le trousseau de clés ni dans %2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="683"/>
        <source>the key handover file</source>
        <translation>le fichier de transmission de clé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="684"/>
        <source>the key of site %1 is still here; a new one is made only when it is lost</source>
        <translation>la clé du site %1 est toujours là ; une nouvelle clé n&apos;est créée que si elle est perdue</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="685"/>
        <source>the keyring did not keep the new key of site %1</source>
        <translation>le trousseau de clés n&apos;a pas conservé la nouvelle clé du site %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="686"/>
        <source>the keyring entry for site %1 is not a SIC Desktop key; re-enrol</source>
        <translation>l&apos;entrée du trousseau de clés pour le site %1 n&apos;est pas une clé SIC Desktop ; réinscrivez-vous</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="689"/>
        <source>the master bundle&apos;s trust registry is malformed</source>
        <translation>le registre de confiance du paquet maître est mal formé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="690"/>
        <source>the new %1 %2 lacks %3</source>
        <translation>le nouvel enregistrement %1 %2 n&apos;a pas de %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="691"/>
        <source>the new key in %1</source>
        <translation>la nouvelle clé dans %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="693"/>
        <source>the public key file</source>
        <translation>le fichier de clé publique</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="694"/>
        <source>the signature of %1 does not match: it was altered, or signed by another key</source>
        <translation>la signature de %1 ne correspond pas : il a été altéré, ou signé par une autre clé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="695"/>
        <source>the signature of %1 is damaged (%2 bytes, not 64)</source>
        <translation>la signature de %1 est endommagée (%2 octets au lieu de 64)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="696"/>
        <source>the template %1 cannot be filled: %2. `sic-desktop documents check-template` names what is wrong.</source>
        <translation>le modèle %1 ne peut pas être rempli : %2. `sic-desktop documents check-template` indique ce qui ne va pas.</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="697"/>
        <source>the template %1 is not a Word document (.docx): %2</source>
        <translation>le modèle %1 n&apos;est pas un document Word (.docx) : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="701"/>
        <source>this ID appears on an earlier row too</source>
        <translation>cet ID apparaît aussi sur une ligne précédente</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="705"/>
        <source>undo %1</source>
        <translation>annuler %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="706"/>
        <source>unknown %1 %2; known: %3</source>
        <translation>%1 inconnu(e) %2 ; connus : %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="707"/>
        <source>whole number</source>
        <translation>nombre entier</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="708"/>
        <source>yes/no value</source>
        <translation>valeur oui/non</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="58"/>
        <source>New %1</source>
        <translation>Nouvel enregistrement : %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="128"/>
        <source>Discard what you typed for this new record?</source>
        <translation>Abandonner ce que vous avez saisi pour ce nouvel enregistrement ?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="130"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="132"/>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../ui/documents.py" line="26"/>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="27"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="77"/>
        <location filename="../../ui/documents.py" line="273"/>
        <source>Wrote %1</source>
        <translation>Fichier enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="79"/>
        <source>Writing the document...</source>
        <translation>Création du document...</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="91"/>
        <source>Print minutes...</source>
        <translation>Imprimer le compte rendu...</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="93"/>
        <source>Minutes as Word...</source>
        <translation>Compte rendu en Word...</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="98"/>
        <source>Word document...</source>
        <translation>Document Word...</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="100"/>
        <source>Letter of support...</source>
        <translation>Lettre de soutien...</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="101"/>
        <source>The letter filed with a validated concept note (issued now if it has none)</source>
        <translation>La lettre jointe à une note conceptuelle validée (émise maintenant si elle n&apos;en a pas encore)</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="159"/>
        <source>Save the document</source>
        <translation>Enregistrer le document</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="184"/>
        <source>Open a meeting first.</source>
        <translation>Ouvrez d&apos;abord une réunion.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="185"/>
        <source>Open a concept note first.</source>
        <translation>Ouvrez d&apos;abord une note conceptuelle.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="259"/>
        <source>Writing the official list...</source>
        <translation>Rédaction de la liste officielle...</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="204"/>
        <source>Annual progress report</source>
        <translation>Rapport annuel d&apos;avancement</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="211"/>
        <source>Save the official list</source>
        <translation>Enregistrer la liste officielle</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="216"/>
        <source>Official list of leaders and representatives</source>
        <translation>Liste officielle des TFL et TFRR</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="229"/>
        <source>There is no cycle yet.</source>
        <translation>Il n&apos;y a encore aucun cycle.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="231"/>
        <source>Which cycle?</source>
        <translation>Quel cycle ?</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="200"/>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="249"/>
        <source>Writing the report...</source>
        <translation>Création du rapport...</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="298"/>
        <source>Converting to PDF with LibreOffice</source>
        <translation>Conversion en PDF avec LibreOffice</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="299"/>
        <source>Counting the cycle&apos;s records</source>
        <translation>Décompte des enregistrements du cycle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="300"/>
        <source>Filling the template</source>
        <translation>Remplissage du modèle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="301"/>
        <source>Finding the letter of support</source>
        <translation>Recherche de la lettre de soutien</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="302"/>
        <source>Reading the Governing Board&apos;s approvals</source>
        <translation>Lecture des approbations du Conseil d&apos;administration</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="303"/>
        <source>Reading the concept note</source>
        <translation>Lecture de la note conceptuelle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="304"/>
        <source>Reading the meeting</source>
        <translation>Lecture de la réunion</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="305"/>
        <source>Writing the letter</source>
        <translation>Rédaction de la lettre</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="306"/>
        <source>Written</source>
        <translation>Enregistré</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="44"/>
        <source>Something went wrong inside SIC Desktop (a bug, not your mistake). The step that failed was not saved; the work saved before it is safe. Please open the details with the button below and send them to the Executive Secretariat.</source>
        <translation>Un problème est survenu dans SIC Desktop (un bogue, pas votre erreur). L&apos;étape qui a échoué n&apos;a pas été enregistrée ; le travail enregistré avant est en sécurité. Ouvrez les détails avec le bouton ci-dessous et envoyez-les au Secrétariat exécutif.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62"/>
        <source>SIC Desktop</source>
        <translation>SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="66"/>
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
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="33"/>
        <source>Co-financing (cash)</source>
        <translation>Cofinancement (en numéraire)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="34"/>
        <source>Co-financing (in kind)</source>
        <translation>Cofinancement (en nature)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="35"/>
        <source>Co-financing source</source>
        <translation>Source du cofinancement</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="36"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="37"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="38"/>
        <source>Concept note</source>
        <translation>Note conceptuelle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="39"/>
        <source>Content fingerprint</source>
        <translation>Empreinte du contenu</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="40"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="41"/>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="42"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="43"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="44"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="45"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="46"/>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="47"/>
        <source>Cycle recorded in</source>
        <translation>Cycle d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="48"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="49"/>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="50"/>
        <source>Decided on</source>
        <translation>Date de décision</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="51"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="52"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="53"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="54"/>
        <source>Document hash</source>
        <translation>Empreinte du document</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="55"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="56"/>
        <source>Duration (months)</source>
        <translation>Durée (mois)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="57"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="58"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="59"/>
        <source>Expected SOC change (t C/ha/yr)</source>
        <translation>Variation attendue du COS (t C/ha/an)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="60"/>
        <source>Expertise</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="61"/>
        <source>Food security co-benefits</source>
        <translation>Co-bénéfices pour la sécurité alimentaire</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="62"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="63"/>
        <source>From meeting</source>
        <translation>Réunion d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="64"/>
        <source>Frozen on</source>
        <translation>Figé le</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="65"/>
        <source>Full proposal</source>
        <translation>Proposition complète</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="66"/>
        <source>Funder</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="67"/>
        <source>Goal</source>
        <translation>Objectif général</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="68"/>
        <source>Governing Board decision</source>
        <translation>Décision du Conseil d&apos;administration</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="69"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="70"/>
        <source>Highest score</source>
        <translation>Note la plus haute</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="71"/>
        <source>How measured (MRV)</source>
        <translation>Mode de mesure (MNV)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="72"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="73"/>
        <source>Item</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="74"/>
        <source>Key players listed</source>
        <translation>Acteurs clés cités</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="75"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="76"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="77"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="78"/>
        <source>Lead organisation</source>
        <translation>Organisation chef de file</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="79"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="80"/>
        <source>Lowest score</source>
        <translation>Note la plus basse</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="81"/>
        <source>Measured on</source>
        <translation>Date de mesure</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="82"/>
        <source>Measurement, reporting and verification</source>
        <translation>Mesure, notification et vérification</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="83"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="84"/>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="85"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="86"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="87"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="88"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="89"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="90"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="91"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="92"/>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="93"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="94"/>
        <source>Other concept note</source>
        <translation>Autre note conceptuelle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="95"/>
        <source>Outcomes</source>
        <translation>Effets</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="96"/>
        <source>Output</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="97"/>
        <source>Outputs</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="98"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="99"/>
        <source>Partner of the Initiative</source>
        <translation>Partenaire de l&apos;Initiative</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="100"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="101"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="102"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="103"/>
        <source>Position</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="104"/>
        <source>Preferred role</source>
        <translation>Rôle souhaité</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="105"/>
        <source>Problem and barriers</source>
        <translation>Problème et obstacles</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="106"/>
        <source>Profile URL</source>
        <translation>Profil (URL)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="107"/>
        <source>Project idea</source>
        <translation>Idée de projet</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="108"/>
        <source>Project team</source>
        <translation>Équipe de projet</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="109"/>
        <source>Project team leader</source>
        <translation>Chef de l&apos;équipe de projet</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="110"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="111"/>
        <source>Reference number</source>
        <translation>Numéro de référence</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="112"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="113"/>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="114"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="115"/>
        <source>Risks and mitigation</source>
        <translation>Risques et atténuation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="116"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="117"/>
        <source>Role in the team</source>
        <translation>Rôle dans l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="118"/>
        <source>SDG alignment (2, 13, 15)</source>
        <translation>Alignement sur les ODD (2, 13, 15)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="119"/>
        <source>Safeguards</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="120"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="121"/>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="122"/>
        <source>Secretariat proposal</source>
        <translation>Proposition du Secrétariat</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="123"/>
        <source>Sent on</source>
        <translation>Date d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="124"/>
        <source>Serves task force</source>
        <translation>Groupe de travail concerné</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="125"/>
        <source>Signed by</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="126"/>
        <source>Signed on</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="127"/>
        <source>Soil-carbon actions</source>
        <translation>Actions en faveur du carbone du sol</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="128"/>
        <source>Sponsor</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="129"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="130"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="131"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="132"/>
        <source>Submitted on</source>
        <translation>Date de soumission</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="133"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="134"/>
        <source>Sustainability and scaling</source>
        <translation>Durabilité et passage à l&apos;échelle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="135"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="136"/>
        <source>Target 2030</source>
        <translation>Cible 2030</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="137"/>
        <source>Target 2050</source>
        <translation>Cible 2050</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="138"/>
        <source>Target this cycle</source>
        <translation>Cible pour ce cycle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="139"/>
        <source>Task force</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="140"/>
        <source>Task force objective(s)</source>
        <translation>Objectif(s) du groupe de travail</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="141"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="142"/>
        <source>Theory of change</source>
        <translation>Théorie du changement</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="143"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="144"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="145"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="146"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="147"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="148"/>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="149"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="150"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="151"/>
        <source>Version assessed</source>
        <translation>Version évaluée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="152"/>
        <source>Web site</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="153"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="154"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="155"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="156"/>
        <source>Who acts</source>
        <translation>Qui agit</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="157"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="158"/>
        <source>Why qualified</source>
        <translation>Justification des compétences</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="159"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
</context>
<context>
    <name>helpmenu</name>
    <message>
        <location filename="../../ui/helpmenu.py" line="64"/>
        <source>About SIC Desktop</source>
        <translation>À propos de SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/helpmenu.py" line="64"/>
        <source>&lt;p&gt;&lt;b&gt;SIC Desktop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;SIC Desktop keeps the 4 per 1000 Initiative&apos;s Strategy Implementation Cycle offline: task forces, members, inventories, meetings, concept notes and funding, with signed bundles to and from the Executive Secretariat.&lt;/p&gt;&lt;p&gt;MIT License.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SIC Desktop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;SIC Desktop tient hors ligne le Cycle de mise en œuvre de la stratégie de l&apos;Initiative 4 pour 1000 : groupes de travail, membres, inventaires, réunions, notes conceptuelles et financements, avec des paquets signés échangés avec le Secrétariat exécutif.&lt;/p&gt;&lt;p&gt;Licence MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/helpmenu.py" line="84"/>
        <source>Diagnostic information copied: paste it into your e-mail to the Secretariat</source>
        <translation>Informations de diagnostic copiées : collez-les dans votre courriel au Secrétariat</translation>
    </message>
    <message>
        <location filename="../../ui/helpmenu.py" line="92"/>
        <source>&amp;About SIC Desktop</source>
        <translation>À &amp;propos de SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/helpmenu.py" line="94"/>
        <source>Open the &amp;log folder</source>
        <translation>Ouvrir le dossier du &amp;journal</translation>
    </message>
    <message>
        <location filename="../../ui/helpmenu.py" line="95"/>
        <source>&amp;Copy diagnostic information</source>
        <translation>&amp;Copier les informations de diagnostic</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../ui/history.py" line="31"/>
        <source>shipped with the program</source>
        <translation>livré avec le programme</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="37"/>
        <source>(created)</source>
        <translation>(création)</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="39"/>
        <source>(trash)</source>
        <translation>(corbeille)</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../ui/sync/jobs.py" line="35"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>key statuses</name>
    <message>
        <location filename="../../ui/sync/codes.py" line="68"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="69"/>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../../ui/areas.py" line="80"/>
        <source>Memberships</source>
        <translation>Adhésions</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="81"/>
        <source>Candidacies</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="82"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="83"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="84"/>
        <source>Key players</source>
        <translation>Acteurs clés</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="85"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="86"/>
        <source>Further task forces served</source>
        <translation>Autres groupes de travail concernés</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="87"/>
        <source>Action plans</source>
        <translation>Plans d&apos;action</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="88"/>
        <location filename="../../ui/areas.py" line="121"/>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="89"/>
        <location filename="../../ui/areas.py" line="117"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="90"/>
        <source>Measured values</source>
        <translation>Valeurs mesurées</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="91"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="92"/>
        <source>Project ideas</source>
        <translation>Idées de projet</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="93"/>
        <source>Project teams</source>
        <translation>Équipes de projet</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="94"/>
        <source>Concept notes</source>
        <translation>Notes conceptuelles</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="95"/>
        <source>STC assessments</source>
        <translation>Évaluations du CST</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="96"/>
        <source>Bureau validations</source>
        <translation>Validations du Bureau</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="97"/>
        <source>Letters of support</source>
        <translation>Lettres de soutien</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="98"/>
        <source>Funders</source>
        <translation>Bailleurs</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="99"/>
        <source>Funding opportunities</source>
        <translation>Opportunités de financement</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="100"/>
        <source>Expressions of interest</source>
        <translation>Manifestations d&apos;intérêt</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="101"/>
        <source>Full proposals</source>
        <translation>Propositions complètes</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="102"/>
        <source>Agreements</source>
        <translation>Conventions</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="103"/>
        <source>Progress reports</source>
        <translation>Rapports d&apos;avancement</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="104"/>
        <source>Goals</source>
        <translation>Objectifs généraux</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="105"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="106"/>
        <source>Task forces</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="107"/>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="108"/>
        <source>Organisation types</source>
        <translation>Types d&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="109"/>
        <source>STC criteria</source>
        <translation>Critères du CST</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="110"/>
        <source>Cycles</source>
        <translation>Cycles</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="111"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="112"/>
        <source>Step windows</source>
        <translation>Périodes des étapes</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="113"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="114"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="115"/>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="116"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="118"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="119"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="120"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="122"/>
        <source>Team members</source>
        <translation>Membres de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="123"/>
        <source>Scores per criterion</source>
        <translation>Notes par critère</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <location filename="../../ui/overview_grid.py" line="25"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location filename="../../ui/overview_grid.py" line="25"/>
        <source>due</source>
        <translation>à rendre</translation>
    </message>
    <message>
        <location filename="../../ui/overview_grid.py" line="26"/>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../ui/overview_grid.py" line="26"/>
        <source>not started</source>
        <translation>non commencé</translation>
    </message>
    <message>
        <location filename="../../ui/overview_grid.py" line="27"/>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <location filename="../../ui/overview_grid.py" line="36"/>
        <source>no window planned</source>
        <translation>aucune période prévue</translation>
    </message>
    <message>
        <location filename="../../ui/overview_grid.py" line="37"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location filename="../../ui/overview_grid.py" line="78"/>
        <source>%1, step %2 (%3): %4</source>
        <translation>%1, étape %2 (%3) : %4</translation>
    </message>
    <message>
        <location filename="../../ui/overview_grid.py" line="81"/>
        <source>Window: %1</source>
        <translation>Période : %1</translation>
    </message>
    <message>
        <location filename="../../ui/overview_grid.py" line="110"/>
        <source>Step %1: %2</source>
        <translation>Étape %1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="37"/>
        <source>Cycle %1: the state of each step, as of %2</source>
        <translation>Cycle %1 : l&apos;état de chaque étape au %2</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="58"/>
        <location filename="../../ui/overview_print.py" line="78"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="58"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="59"/>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="59"/>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="62"/>
        <source>Closes</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="62"/>
        <source>Funder</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="63"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="66"/>
        <location filename="../../ui/overview_print.py" line="78"/>
        <source>Task force</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="66"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="67"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="67"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="68"/>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="68"/>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="69"/>
        <source>Concept notes</source>
        <translation>Notes conceptuelles</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="69"/>
        <source>Assessed</source>
        <translation>Évaluées</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="70"/>
        <source>Validated</source>
        <translation>Validées</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="79"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="106"/>
        <source>Cycle overview %1</source>
        <translation>Vue d&apos;ensemble du cycle %1</translation>
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
        <location filename="../../ui/editor/form.py" line="46"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/parts.py" line="170"/>
        <source>Add...</source>
        <translation>Ajouter...</translation>
    </message>
    <message>
        <location filename="../../ui/editor/parts.py" line="172"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/parts.py" line="190"/>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location filename="../../ui/editor/parts.py" line="246"/>
        <source>Totals - %1</source>
        <translation>Totaux - %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/parts.py" line="338"/>
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
        <location filename="../../ui/printing.py" line="38"/>
        <source>No participants were recorded.</source>
        <translation>Aucun participant n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="51"/>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="51"/>
        <source>Task force</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="52"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="52"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="53"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="53"/>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="54"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="54"/>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="55"/>
        <source>Apologies</source>
        <translation>Excusés</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="55"/>
        <source>Absent</source>
        <translation>Absents</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="56"/>
        <source>Invited, attendance not recorded</source>
        <translation>Invités, présence non enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="57"/>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="58"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="58"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="59"/>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="59"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="60"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="60"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="61"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="61"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="62"/>
        <source>Issued</source>
        <translation>Établi le</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="74"/>
        <location filename="../../ui/printing.py" line="130"/>
        <source>Minutes: %1</source>
        <translation>Compte rendu : %1</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../ui/words.py" line="164"/>
        <source>Bureau validation</source>
        <translation>validation du Bureau</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="165"/>
        <source>STC assessment</source>
        <translation>évaluation du CST</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="166"/>
        <source>STC criterion</source>
        <translation>critère du CST</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="167"/>
        <source>action item</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="168"/>
        <source>action plan</source>
        <translation>plan d&apos;action</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="169"/>
        <source>activity</source>
        <translation>activité</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="170"/>
        <source>agenda item</source>
        <translation>point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="171"/>
        <source>agreement</source>
        <translation>convention</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="172"/>
        <source>budget line</source>
        <translation>ligne budgétaire</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="173"/>
        <source>candidacy</source>
        <translation>candidature</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="174"/>
        <source>concept note</source>
        <translation>note conceptuelle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="175"/>
        <source>concept-note indicator</source>
        <translation>indicateur de note conceptuelle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="176"/>
        <source>criterion score</source>
        <translation>note par critère</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="177"/>
        <source>cycle</source>
        <translation>cycle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="178"/>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="179"/>
        <source>expression of interest</source>
        <translation>manifestation d&apos;intérêt</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="180"/>
        <source>full proposal</source>
        <translation>proposition complète</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="181"/>
        <source>funder</source>
        <translation>bailleur</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="182"/>
        <source>funding opportunity</source>
        <translation>opportunité de financement</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="183"/>
        <source>goal</source>
        <translation>objectif général</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="184"/>
        <source>indicator</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="185"/>
        <source>inventory baseline</source>
        <translation>référence de l&apos;inventaire</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="186"/>
        <source>key player</source>
        <translation>acteur clé</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="187"/>
        <source>letter of support</source>
        <translation>lettre de soutien</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="188"/>
        <source>measured value</source>
        <translation>valeur mesurée</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="189"/>
        <source>meeting</source>
        <translation>réunion</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="190"/>
        <source>meeting action item</source>
        <translation>action de réunion</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="191"/>
        <source>membership</source>
        <translation>adhésion</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="192"/>
        <source>objective</source>
        <translation>objectif</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="193"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="194"/>
        <source>organisation type</source>
        <translation>type d&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="195"/>
        <source>overlap choice</source>
        <translation>choix de chevauchement</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="196"/>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="197"/>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="198"/>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="199"/>
        <source>progress report</source>
        <translation>rapport d&apos;avancement</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="200"/>
        <source>project idea</source>
        <translation>idée de projet</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="201"/>
        <source>project team</source>
        <translation>équipe de projet</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="202"/>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="203"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="204"/>
        <source>status change</source>
        <translation>changement de statut</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="205"/>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="206"/>
        <source>step window</source>
        <translation>période d&apos;étape</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="207"/>
        <source>task force</source>
        <translation>groupe de travail</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="208"/>
        <source>task force served</source>
        <translation>groupe de travail concerné</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="209"/>
        <source>team at the meeting</source>
        <translation>équipe à la réunion</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="210"/>
        <source>team member</source>
        <translation>membre de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="211"/>
        <source>work plan item</source>
        <translation>élément du plan de travail</translation>
    </message>
</context>
<context>
    <name>recover</name>
    <message>
        <location filename="../../ui/recover.py" line="22"/>
        <location filename="../../ui/recover.py" line="79"/>
        <source>SIC Desktop</source>
        <translation>SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/recover.py" line="23"/>
        <source>Damaged database</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <location filename="../../ui/recover.py" line="24"/>
        <source>The database %1 is damaged (%2). Nothing has been written to it.</source>
        <translation>La base %1 est endommagée (%2). Rien n&apos;y a été écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/recover.py" line="27"/>
        <source>No sound backup of it was found: keep the file and ask the Executive Secretariat for help.</source>
        <translation>Aucune sauvegarde saine n&apos;a été trouvée : gardez le fichier et demandez l&apos;aide du Secrétariat exécutif.</translation>
    </message>
    <message>
        <location filename="../../ui/recover.py" line="32"/>
        <source>Its last good backup is %1. Restore it? The damaged file is kept beside it, renamed.</source>
        <translation>Sa dernière sauvegarde saine est %1. La restaurer ? Le fichier endommagé est gardé à côté, renommé.</translation>
    </message>
    <message>
        <location filename="../../ui/recover.py" line="35"/>
        <source>Restore the backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/recover.py" line="36"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../ui/sync/codes.py" line="58"/>
        <source>Secretariat</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="59"/>
        <source>regional</source>
        <translation>copie régionale</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="60"/>
        <source>TFL</source>
        <translation>TFL</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="61"/>
        <source>TFRR</source>
        <translation>TFRR</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="62"/>
        <source>STC</source>
        <translation>CST</translation>
    </message>
</context>
<context>
    <name>spreadsheets</name>
    <message>
        <location filename="../../ui/sheet_import.py" line="60"/>
        <source>Which column is which?</source>
        <translation>Quelle colonne est laquelle ?</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_import.py" line="63"/>
        <source>Choose the field each column of %1 fills; the first rows are shown below.</source>
        <translation>Choisissez le champ que remplit chaque colonne de %1 ; les premières lignes sont affichées ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_import.py" line="72"/>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_import.py" line="99"/>
        <source>Before importing %1</source>
        <translation>Avant d&apos;importer %1</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_import.py" line="103"/>
        <source>%1 will be added, %2 changed, %3 left as they are.</source>
        <translation>%1 seront ajoutés, %2 modifiés, %3 laissés tels quels.</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_import.py" line="109"/>
        <source>Nothing can be imported. Problems found: %1.</source>
        <translation>Rien ne peut être importé. Problèmes trouvés : %1.</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_import.py" line="116"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_import.py" line="116"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_import.py" line="117"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_import.py" line="117"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_import.py" line="125"/>
        <location filename="../../ui/spreadsheets.py" line="56"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_import.py" line="128"/>
        <source>Columns...</source>
        <translation>Colonnes...</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="31"/>
        <source>Excel workbook (*.xlsx);;Text, comma-separated (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;Texte, séparé par des virgules (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="33"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.ods *.xls)</source>
        <translation>Tableurs (*.xlsx *.xlsm *.csv *.ods *.xls)</translation>
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
        <location filename="../../ui/spreadsheets.py" line="81"/>
        <source>Wrote %1 rows to %2</source>
        <translation>%1 lignes enregistrées dans %2</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="84"/>
        <source>Writing the workbook...</source>
        <translation>Écriture du classeur...</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="91"/>
        <source>Import from Excel</source>
        <translation>Importer depuis Excel</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="108"/>
        <source>Imported %1: %2</source>
        <translation>%1 importé : %2</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="113"/>
        <source>the import of %1</source>
        <translation>l&apos;importation de %1</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="116"/>
        <source>Importing the workbook (all or nothing)...</source>
        <translation>Importation du classeur (tout ou rien)...</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="136"/>
        <source>Import from a spreadsheet</source>
        <translation>Importer depuis un tableur</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="180"/>
        <source>Reading the file...</source>
        <translation>Lecture du fichier...</translation>
    </message>
</context>
<context>
    <name>sync values</name>
    <message>
        <location filename="../../ui/rows.py" line="59"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ui/rows.py" line="59"/>
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
        <location filename="../../ui/concept_note_workbook.py" line="97"/>
        <source>Import the concept note from %1</source>
        <translation>l&apos;importation de la note conceptuelle depuis %1</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="112"/>
        <source>Import %1 rows from %2</source>
        <translation>l&apos;importation de %1 lignes depuis %2</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../ui/words.py" line="277"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="278"/>
        <source>must be yes or no</source>
        <translation>doit être oui ou non</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="279"/>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="280"/>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="281"/>
        <source>must be a date</source>
        <translation>doit être une date</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="282"/>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="283"/>
        <source>cannot be negative</source>
        <translation>ne peut pas être négatif</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="284"/>
        <source>%1 is not an e-mail address</source>
        <translation>%1 n&apos;est pas une adresse électronique</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="285"/>
        <source>%1 is not a web link (http:// or https://)</source>
        <translation>%1 n&apos;est pas un lien web (http:// ou https://)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="286"/>
        <source>%1 is not one of: %2</source>
        <translation>%1 ne fait pas partie des valeurs possibles : %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="289"/>
        <source>is before the start</source>
        <translation>est avant le début</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="290"/>
        <source>is longer than %1 characters</source>
        <translation>dépasse %1 caractères</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="291"/>
        <source>holds a control character (%1), which a record cannot keep</source>
        <translation>contient un caractère de contrôle (%1), qu&apos;un enregistrement ne peut pas garder</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="292"/>
        <source>cannot hold a line break or a tab</source>
        <translation>ne peut contenir ni saut de ligne ni tabulation</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="293"/>
        <source>is too large (at most %1)</source>
        <translation>est trop grand (au plus %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="288"/>
        <source>refers to a record that does not exist</source>
        <translation>renvoie à un enregistrement qui n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="287"/>
        <source>is not a field of this record</source>
        <translation>n&apos;est pas un champ de cet enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/editor/widgets.py" line="36"/>
        <source>%1 is not a whole number</source>
        <translation>%1 n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../../ui/editor/widgets.py" line="37"/>
        <source>%1 is not a number</source>
        <translation>%1 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../ui/editor/widgets.py" line="38"/>
        <source>%1 is not a date: type year-month-day, like 2027-03-15</source>
        <translation>%1 n&apos;est pas une date : tapez année-mois-jour, comme 2027-03-15</translation>
    </message>
    <message>
        <location filename="../../ui/editor/widgets.py" line="39"/>
        <source>%1 is not in the list: pick one of its entries</source>
        <translation>%1 n&apos;est pas dans la liste : choisissez l&apos;une de ses entrées</translation>
    </message>
</context>
<context>
    <name>values</name>
    <message>
        <location filename="../../ui/rows.py" line="60"/>
        <source>(record not found)</source>
        <translation>(enregistrement introuvable)</translation>
    </message>
</context>
<context>
    <name>verdicts</name>
    <message>
        <location filename="../../ui/sync/codes.py" line="45"/>
        <source>applied</source>
        <translation>appliqué</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="46"/>
        <source>conflicts</source>
        <translation>appliqué avec des conflits</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="47"/>
        <source>already applied</source>
        <translation>déjà appliqué</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="48"/>
        <source>preview</source>
        <translation>aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="49"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="50"/>
        <source>quarantined</source>
        <translation>mis en quarantaine</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="51"/>
        <source>exported</source>
        <translation>exporté</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../ui/editor/widgets.py" line="222"/>
        <source>Ctrl+Delete empties the date</source>
        <translation>Ctrl+Suppr vide la date</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dates.py" line="52"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dates.py" line="54"/>
        <source>Pick a date (Alt+Down)</source>
        <translation>Choisir une date (Alt+Bas)</translation>
    </message>
</context>
<context>
    <name>workbook</name>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="24"/>
        <source>Blank concept-note workbook</source>
        <translation>Classeur vierge de note conceptuelle</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="39"/>
        <source>Wrote the blank concept-note workbook to %1</source>
        <translation>Classeur vierge de note conceptuelle enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="42"/>
        <location filename="../../ui/concept_note_workbook.py" line="65"/>
        <source>Writing the workbook...</source>
        <translation>Écriture du classeur...</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="47"/>
        <source>Export the concept note to Excel</source>
        <translation>Exporter la note conceptuelle vers Excel</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="63"/>
        <source>Wrote the concept note to %1</source>
        <translation>Note conceptuelle enregistrée dans %1</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="71"/>
        <source>Import a concept-note workbook</source>
        <translation>Importer un classeur de note conceptuelle</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="93"/>
        <source>Added concept note %1</source>
        <translation>Note conceptuelle %1 ajoutée</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="94"/>
        <source>Updated concept note %1</source>
        <translation>Note conceptuelle %1 mise à jour</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="98"/>
        <source>the import of %1</source>
        <translation>l&apos;importation de %1</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="101"/>
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
