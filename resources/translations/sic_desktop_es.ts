<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BundlesTab</name>
    <message>
        <location filename="../../ui/sync/bundles.py" line="166"/>
        <source>Send your changes to the Executive Secretariat as a bundle file (by e-mail or USB stick), and open the master bundle it sends back. Drop a .sicbundle file here to open it.</source>
        <translation>Envíe sus cambios a la Secretaría Ejecutiva como archivo de paquete (por correo electrónico o en una memoria USB) y abra el paquete maestro que le devuelva. Suelte aquí un archivo .sicbundle para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="169"/>
        <source>Open the bundles the regions send (or drop them here): you will see what each one changes before it is applied. Export a master bundle for each region in return.</source>
        <translation>Abra los paquetes que envían las regiones (o suéltelos aquí): verá lo que cambia cada uno antes de aplicarlo. En respuesta, exporte un paquete maestro para cada región.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="172"/>
        <source>Export a bundle...</source>
        <translation>Exportar un paquete...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="174"/>
        <source>Open a bundle...</source>
        <translation>Abrir un paquete...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="180"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="180"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="180"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="180"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="181"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="182"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="182"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="182"/>
        <source>Your value</source>
        <translation>Su valor</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="183"/>
        <source>Value now</source>
        <translation>Valor actual</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="183"/>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="187"/>
        <source>Bundles written and received</source>
        <translation>Paquetes generados y recibidos</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="188"/>
        <source>Bundle log</source>
        <translation>Registro de paquetes</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="189"/>
        <source>Your edits the Secretariat superseded</source>
        <translation>Sus cambios reemplazados por la Secretaría</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="191"/>
        <source>Superseded edits</source>
        <translation>Cambios reemplazados</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="213"/>
        <source>SIC bundles (*.sicbundle)</source>
        <translation>Paquetes SIC (*.sicbundle)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="225"/>
        <location filename="../../ui/sync/bundles.py" line="237"/>
        <source>Export a bundle</source>
        <translation>Exportar un paquete</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="226"/>
        <source>No region is trusted yet: trust a region&apos;s key (Keys and trust) before making a master bundle for it.</source>
        <translation>Todavía no se confía en ninguna región: confíe en la clave de una región (Claves y confianza) antes de crear un paquete maestro para ella.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="230"/>
        <source>Export a master bundle</source>
        <translation>Exportar un paquete maestro</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="231"/>
        <source>For which site?</source>
        <translation>¿Para qué sitio?</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="247"/>
        <source>Writing the bundle...</source>
        <translation>Escribiendo el paquete...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/bundles.py" line="252"/>
        <source>Wrote %1 with %n change(s)</source>
        <translation>
            <numerusform>%1 guardado con %n cambio</numerusform>
            <numerusform>%1 guardado con %n cambios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="259"/>
        <source>Open a bundle</source>
        <translation>Abrir un paquete</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="265"/>
        <source>Checking the bundle&apos;s signature and contents...</source>
        <translation>Comprobando la firma y el contenido del paquete...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="274"/>
        <source>Applying the bundle...</source>
        <translation>Aplicando el paquete...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="279"/>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="280"/>
        <source>Bundle applied: %1.</source>
        <translation>Paquete aplicado: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/bundles.py" line="282"/>
        <source>%n conflict(s) to settle in the Conflicts tab.</source>
        <translation>
            <numerusform>%n conflicto por resolver en la pestaña Conflictos.</numerusform>
            <numerusform>%n conflictos por resolver en la pestaña Conflictos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="75"/>
        <source>In the trash</source>
        <translation>En la papelera</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="114"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="114"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="114"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="115"/>
        <source>Master</source>
        <translation>Copia maestra</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="115"/>
        <source>Incoming</source>
        <translation>Versión recibida</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="116"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="121"/>
        <source>Base (before both edits)</source>
        <translation>Versión base (antes de ambos cambios)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="122"/>
        <source>Master (kept for now)</source>
        <translation>Copia maestra (conservada por ahora)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="123"/>
        <source>Incoming (from the region)</source>
        <translation>Versión recibida (de la región)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="138"/>
        <source>Differences between master and incoming</source>
        <translation>Diferencias entre la copia maestra y la versión recibida</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="139"/>
        <source>Keep master</source>
        <translation>Mantener la copia maestra</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="140"/>
        <source>Take incoming</source>
        <translation>Tomar la versión recibida</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="141"/>
        <source>Edit...</source>
        <translation>Editar...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="153"/>
        <source>Differences (long texts)</source>
        <translation>Diferencias (textos largos)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="160"/>
        <source>Conflicts are settled at the Executive Secretariat, in its master copy: when one of your edits meets another there, a person decides, and the decision comes back in the next master bundle. The Bundles tab lists your edits that were replaced.</source>
        <translation>Los conflictos se resuelven en la Secretaría Ejecutiva, en su copia maestra: cuando una de sus ediciones coincide allí con otra, una persona decide, y la decisión vuelve en el próximo paquete maestro. La pestaña Paquetes lista sus ediciones que fueron reemplazadas.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="163"/>
        <source>No conflicts wait to be settled.</source>
        <translation>No hay conflictos por resolver.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="205"/>
        <source>(not known)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="206"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/firstrun.py" line="27"/>
        <source>Set up SIC Desktop</source>
        <translation>Configurar SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="29"/>
        <source>There is no database at %1 yet. Who works on this computer? A regional copy sends its changes to the Executive Secretariat and needs the Secretariat&apos;s public key file (ask the Secretariat for it).</source>
        <translation>Todavía no hay ninguna base de datos en %1. ¿Quién trabaja en esta computadora? Una copia regional envía sus cambios a la Secretaría Ejecutiva y necesita el archivo de clave pública de la Secretaría (pídaselo a la Secretaría).</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="34"/>
        <source>A task force leader or regional representative (regional copy)</source>
        <translation>Un líder de grupo de trabajo o un representante regional (copia regional)</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="35"/>
        <source>The Executive Secretariat (master copy)</source>
        <translation>La Secretaría Ejecutiva (copia maestra)</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="41"/>
        <source>This computer</source>
        <translation>Esta computadora</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="42"/>
        <location filename="../../ui/firstrun.py" line="54"/>
        <source>Name of this copy</source>
        <translation>Nombre de esta copia</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="44"/>
        <location filename="../../ui/firstrun.py" line="82"/>
        <source>The Secretariat&apos;s public key file</source>
        <translation>El archivo de clave pública de la Secretaría</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="45"/>
        <source>Choose...</source>
        <translation>Elegir...</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="55"/>
        <source>Secretariat&apos;s key</source>
        <translation>Clave de la Secretaría</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="60"/>
        <source>What happens next: this copy makes its own key. Send your public key file to the Executive Secretariat (Sync, Keys and trust, Export my public key...) and read its fingerprint to them on the phone. Once the Secretariat trusts your key, it sends you a bundle: open it (File, Open a bundle...) to receive your task forces&apos; records.</source>
        <translation>Qué sigue: esta copia crea su propia clave. Envíe su archivo de clave pública a la Secretaría Ejecutiva (Sincronización, Claves y confianza, Exportar mi clave pública...) y léale su huella por teléfono. Cuando la Secretaría confíe en su clave, le enviará un paquete: ábralo (Archivo, Abrir un paquete...) para recibir los registros de sus grupos de trabajo.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="98"/>
        <source>Give this copy a name (for example your region or office).</source>
        <translation>Dé un nombre a esta copia (por ejemplo, su región u oficina).</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="100"/>
        <source>Choose the public key file the Secretariat sent you.</source>
        <translation>Elija el archivo de clave pública que le envió la Secretaría.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="109"/>
        <source>%1
Choose the Secretariat&apos;s public key file: the small file the Executive Secretariat exported for you (Export my public key..., or `sic-desktop keys export`), usually named public-key.sickey.</source>
        <translation>%1
Elija el archivo de clave pública de la Secretaría: el pequeño archivo que la Secretaría Ejecutiva exportó para usted (Exportar mi clave pública..., o `sic-desktop keys export`), normalmente llamado public-key.sickey.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="123"/>
        <source>%1 is not a SIC Desktop public key file.</source>
        <translation>%1 no es un archivo de clave pública de SIC Desktop.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="126"/>
        <source>%1 is the key of %2, not of the Executive Secretariat.</source>
        <translation>%1 es la clave de %2, no la de la Secretaría Ejecutiva.</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <location filename="../../ui/overview.py" line="66"/>
        <source>Steps by task force</source>
        <translation>Etapas por grupo de trabajo</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history.py" line="72"/>
        <source>History of %1</source>
        <translation>Historial – %1</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="73"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="73"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="73"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="73"/>
        <source>Was</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="74"/>
        <source>Became</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="74"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="78"/>
        <source>%1 (not applied: in conflict)</source>
        <translation>%1 (no aplicado: en conflicto)</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="90"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <location filename="../../ui/sync/keys.py" line="119"/>
        <source>Export my public key...</source>
        <translation>Exportar mi clave pública...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="121"/>
        <source>Trust a key file...</source>
        <translation>Confiar en un archivo de clave...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="123"/>
        <source>Make this site&apos;s key...</source>
        <translation>Crear la clave de este sitio...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="124"/>
        <source>For a copy whose key could not be made when it was set up</source>
        <translation>Para una copia cuya clave no pudo crearse durante su configuración</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="127"/>
        <source>Revoke the selected key</source>
        <translation>Revocar la clave seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="142"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="142"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="142"/>
        <source>Task forces</source>
        <translation>Grupos de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="143"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="143"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="143"/>
        <source>Key id</source>
        <translation>ID de la clave</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="138"/>
        <location filename="../../ui/sync/keys.py" line="144"/>
        <source>Trusted keys</source>
        <translation>Claves de confianza</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="157"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), site %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2), sitio %3</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="160"/>
        <source>This site has no key to sign bundles with: %1</source>
        <translation>Este sitio no tiene clave para firmar paquetes: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="164"/>
        <source>Key id &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Fingerprint &lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>Identificador de clave &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Huella &lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="188"/>
        <source>Export my public key</source>
        <translation>Exportar mi clave pública</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="208"/>
        <source>Written to %1</source>
        <translation>Archivo guardado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="211"/>
        <source>Trust a key file</source>
        <translation>Confiar en un archivo de clave</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../ui/listpage.py" line="91"/>
        <source>Search (Ctrl+F): type words found anywhere in a row</source>
        <translation>Buscar (Ctrl+F): palabras en cualquier parte de la fila</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="93"/>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="96"/>
        <source>New...</source>
        <translation>Nuevo...</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="97"/>
        <source>Add a record (Ctrl+N)</source>
        <translation>Añadir un registro (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="99"/>
        <location filename="../../ui/listpage.py" line="363"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="100"/>
        <location filename="../../ui/listpage.py" line="365"/>
        <source>Move the selected records to the trash (Delete)</source>
        <translation>Mover los registros seleccionados a la papelera (Supr)</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="102"/>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="104"/>
        <source>Show the records in the trash, to restore them</source>
        <translation>Mostrar los registros de la papelera para restaurarlos</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="108"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="196"/>
        <source>Read-only here: %1</source>
        <translation>Solo lectura aquí: %1</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="245"/>
        <source>Open a record with Enter or a double click.</source>
        <translation>Abra un registro con Intro o un doble clic.</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="238"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="247"/>
        <source>No row holds every word searched.</source>
        <translation>Ninguna fila contiene todas las palabras buscadas.</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="249"/>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="251"/>
        <source>Nothing here yet.</source>
        <translation>Todavía no hay nada aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="252"/>
        <source>Nothing here yet: add a record with New... (Ctrl+N).</source>
        <translation>Todavía no hay nada aquí: añada un registro con Nuevo... (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="356"/>
        <source>Restore records</source>
        <translation>la restauración de registros</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="356"/>
        <source>Delete records</source>
        <translation>la eliminación de registros</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="363"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="364"/>
        <source>Bring the selected records back</source>
        <translation>Restaurar los registros seleccionados</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="122"/>
        <source>&amp;Export a bundle...</source>
        <translation>&amp;Exportar un paquete...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="123"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="124"/>
        <source>&amp;Open a bundle...</source>
        <translation>&amp;Abrir un paquete...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="127"/>
        <source>Import members from Excel...</source>
        <translation>Importar los miembros desde Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="129"/>
        <source>Export members to Excel...</source>
        <translation>Exportar los miembros a Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="131"/>
        <source>Import the inventory from Excel...</source>
        <translation>Importar el inventario desde Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="133"/>
        <source>Export the inventory to Excel...</source>
        <translation>Exportar el inventario a Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="136"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="112"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="137"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="139"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="145"/>
        <source>&amp;New record...</source>
        <translation>&amp;Nuevo registro...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="147"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="149"/>
        <source>&amp;History of the open record</source>
        <translation>&amp;Historial del registro abierto</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="150"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="151"/>
        <source>D&amp;uplicate the open record...</source>
        <translation>D&amp;uplicar el registro abierto...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="152"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="113"/>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="28"/>
        <source>&amp;Print the minutes of the open meeting...</source>
        <translation>&amp;Imprimir el acta de la reunión abierta...</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="30"/>
        <source>&amp;Minutes of the open meeting as Word or PDF...</source>
        <translation>&amp;Acta de la reunión abierta en Word o PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="31"/>
        <source>&amp;Concept note as Word or PDF...</source>
        <translation>&amp;Nota conceptual en Word o PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="32"/>
        <source>&amp;Letter of support for the open concept note...</source>
        <translation>&amp;Carta de apoyo para la nota conceptual abierta...</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="34"/>
        <source>Blank concept-note &amp;workbook...</source>
        <translation>&amp;Libro en blanco de nota conceptual...</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="36"/>
        <source>&amp;Import a filled concept-note workbook...</source>
        <translation>I&amp;mportar un libro de nota conceptual completado...</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="38"/>
        <source>&amp;Export the open concept note as a workbook...</source>
        <translation>&amp;Exportar la nota conceptual abierta como libro...</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="41"/>
        <source>&amp;Annual progress report...</source>
        <translation>Informe anual de &amp;progreso...</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="43"/>
        <source>&amp;Official list of leaders and representatives...</source>
        <translation>Lista &amp;oficial de TFL y TFRR...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="114"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="115"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="251"/>
        <source>master copy</source>
        <translation>copia maestra</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="253"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="252"/>
        <source>regional copy</source>
        <translation>copia regional</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="252"/>
        <source>STC assessor&apos;s copy</source>
        <translation>Copia de evaluador del CCT</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.py" line="258"/>
        <source>%n change(s) waiting to be exported</source>
        <translation>
            <numerusform>%n cambio pendiente de exportar</numerusform>
            <numerusform>%n cambios pendientes de exportar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="261"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="262"/>
        <source>Last bundle: %1</source>
        <translation>Último paquete: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="62"/>
        <source>Open a concept note first.</source>
        <translation>Abra primero una nota conceptual.</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message numerus="yes">
        <location filename="../../ui/editor/participants.py" line="64"/>
        <source>Add %n participant(s)</source>
        <translation>
            <numerusform>la incorporación de %n participante</numerusform>
            <numerusform>la incorporación de %n participantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/navigation.py" line="43"/>
        <location filename="../../ui/navigation.py" line="44"/>
        <source>Task forces</source>
        <translation>Grupos de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="47"/>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="66"/>
        <source>All task forces</source>
        <translation>Todos los grupos de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="70"/>
        <source>Goal %1 - %2</source>
        <translation>Objetivo general %1 - %2</translation>
    </message>
</context>
<context>
    <name>OverlapsPage</name>
    <message>
        <location filename="../../ui/overlaps.py" line="109"/>
        <source>Search the pairs (task force, title, reason)</source>
        <translation>Buscar en los pares (grupo de trabajo, título, motivo)</translation>
    </message>
    <message>
        <location filename="../../ui/overlaps.py" line="110"/>
        <source>Search the pairs</source>
        <translation>Buscar en los pares</translation>
    </message>
    <message>
        <location filename="../../ui/overlaps.py" line="124"/>
        <source>Alike concept notes</source>
        <translation>Notas conceptuales parecidas</translation>
    </message>
    <message>
        <location filename="../../ui/overlaps.py" line="139"/>
        <source>The chosen pair and why they are alike</source>
        <translation>El par elegido y por qué se parecen</translation>
    </message>
    <message>
        <location filename="../../ui/overlaps.py" line="155"/>
        <source>&amp;Not an overlap</source>
        <translation>&amp;No es un solapamiento</translation>
    </message>
    <message>
        <location filename="../../ui/overlaps.py" line="156"/>
        <source>Connect the &amp;teams</source>
        <translation>Poner en contacto a los &amp;equipos</translation>
    </message>
    <message>
        <location filename="../../ui/overlaps.py" line="157"/>
        <source>C&amp;lear the choice</source>
        <translation>&amp;Borrar la elección</translation>
    </message>
    <message>
        <location filename="../../ui/overlaps.py" line="161"/>
        <source>The Executive Secretariat decides on overlaps: read-only here</source>
        <translation>La Secretaría Ejecutiva decide sobre los solapamientos: solo lectura aquí</translation>
    </message>
    <message>
        <location filename="../../ui/overlaps.py" line="197"/>
        <source>Pairs of concept notes from different task forces that are alike (the same subject, countries, partners or acronym): %1</source>
        <translation>Pares de notas conceptuales parecidas de grupos de trabajo distintos (mismo tema, países, socios o acrónimo): %1</translation>
    </message>
    <message>
        <location filename="../../ui/overlaps.py" line="200"/>
        <source>No concept notes of different task forces are alike.</source>
        <translation>Ninguna nota conceptual se parece a la de otro grupo de trabajo.</translation>
    </message>
    <message>
        <location filename="../../ui/overlaps.py" line="236"/>
        <source>%1 &quot;%2&quot; and %3 &quot;%4&quot; (score %5)</source>
        <translation>%1 «%2» y %3 «%4» (puntuación %5)</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/overview.py" line="85"/>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="123"/>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="123"/>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="124"/>
        <source>Assessed</source>
        <translation>Evaluadas</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="124"/>
        <source>Validated</source>
        <translation>Validadas</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="126"/>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="126"/>
        <location filename="../../ui/overview.py" line="129"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="126"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="126"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="129"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="121"/>
        <location filename="../../ui/overview.py" line="129"/>
        <source>Task force</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="87"/>
        <source>&amp;Cycle</source>
        <translation>&amp;Ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="93"/>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="95"/>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimir...</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="97"/>
        <source>Export to &amp;Excel...</source>
        <translation>Exportar a &amp;Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="99"/>
        <source>Export to P&amp;DF...</source>
        <translation>Exportar a P&amp;DF...</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="113"/>
        <source>The chosen step&apos;s state and why</source>
        <translation>El estado de la etapa elegida y por qué</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="121"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="121"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="122"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="122"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="122"/>
        <source>Late</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="123"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="128"/>
        <source>Closes</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="128"/>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="128"/>
        <source>Call</source>
        <translation>Convocatoria</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="129"/>
        <source>By</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="130"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="131"/>
        <source>Counts of the cycle&apos;s records</source>
        <translation>Recuentos de los registros del ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="133"/>
        <source>Step windows</source>
        <translation>Periodos de las etapas</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="134"/>
        <source>Funding calls closing in the cycle</source>
        <translation>Convocatorias de financiación que cierran en el ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="135"/>
        <source>What is due from me</source>
        <translation>Lo que tengo pendiente</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="137"/>
        <source>Views of the cycle</source>
        <translation>Vistas del ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="138"/>
        <source>Steps by task force</source>
        <translation>Etapas por grupo de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="139"/>
        <source>Counts</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="140"/>
        <source>Windows and deadlines</source>
        <translation>Periodos y plazos</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="141"/>
        <source>Due from me</source>
        <translation>Pendiente por mi parte</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="202"/>
        <source>Choose a cell (arrow keys or the mouse) to read its state and why.</source>
        <translation>Elija una celda (teclas de flecha o ratón) para leer su estado y el porqué.</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="220"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="221"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="222"/>
        <source>Export the cycle overview</source>
        <translation>Exportar la vista general del ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="240"/>
        <source>Wrote the cycle overview to %1</source>
        <translation>Vista general del ciclo escrita en %1</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="243"/>
        <source>Writing the cycle overview...</source>
        <translation>Escribiendo la vista general del ciclo...</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="124"/>
        <source>Concept notes</source>
        <translation>Notas conceptuales</translation>
    </message>
</context>
<context>
    <name>PairModel</name>
    <message>
        <location filename="../../ui/overlaps.py" line="49"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/overlaps.py" line="49"/>
        <location filename="../../ui/overlaps.py" line="50"/>
        <source>Task force</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/overlaps.py" line="49"/>
        <location filename="../../ui/overlaps.py" line="50"/>
        <source>Concept note</source>
        <translation>Nota conceptual</translation>
    </message>
    <message>
        <location filename="../../ui/overlaps.py" line="50"/>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <location filename="../../ui/overlaps.py" line="51"/>
        <source>Choice</source>
        <translation>Elección</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/sync/bundles.py" line="41"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="61"/>
        <source>Open a bundle</source>
        <translation>Abrir un paquete</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="68"/>
        <source>Every change it holds meets an edit of the master copy: see below.</source>
        <translation>Cada uno de sus cambios choca con un cambio de la copia maestra: véase más abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="70"/>
        <source>Nothing new: this bundle was applied before.</source>
        <translation>Nada nuevo: este paquete ya se había aplicado.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="77"/>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="80"/>
        <location filename="../../ui/sync/bundles.py" line="115"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="80"/>
        <location filename="../../ui/sync/bundles.py" line="115"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="80"/>
        <source>Master</source>
        <translation>Copia maestra</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="81"/>
        <source>Incoming</source>
        <translation>Versión recibida</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="81"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="90"/>
        <source>(new record)</source>
        <translation>(nuevo registro)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="92"/>
        <source>(trash)</source>
        <translation>(papelera)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/bundles.py" line="107"/>
        <source>%n conflict(s) would be queued for a person to settle</source>
        <translation>
            <numerusform>%n conflicto quedaría en espera para que una persona lo resuelva</numerusform>
            <numerusform>%n conflictos quedarían en espera para que una persona los resuelva</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="110"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="115"/>
        <source>Was</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="116"/>
        <source>Becomes</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="116"/>
        <source>On applying</source>
        <translation>Al aplicar</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="127"/>
        <source>will be applied</source>
        <translation>se aplicará</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="128"/>
        <source>will wait as a conflict</source>
        <translation>esperará como conflicto</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="130"/>
        <source>What it changes, field by field</source>
        <translation>Lo que cambia, campo por campo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="132"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="136"/>
        <source>Apply the bundle</source>
        <translation>Aplicar el paquete</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="149"/>
        <source>A master bundle from the Secretariat, changes %1 to %2, signed by &lt;b&gt;%3&lt;/b&gt; (site %4)</source>
        <translation>Un paquete maestro de la Secretaría, cambios %1 a %2, firmado por &lt;b&gt;%3&lt;/b&gt; (sitio %4)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="152"/>
        <source>A region&apos;s changes %1 to %2, signed by &lt;b&gt;%3&lt;/b&gt; (site %4)</source>
        <translation>Los cambios de una región, %1 a %2, firmados por &lt;b&gt;%3&lt;/b&gt; (sitio %4)</translation>
    </message>
</context>
<context>
    <name>ProgressWatcher</name>
    <message>
        <location filename="../../ui/progress.py" line="60"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="61"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="74"/>
        <source>Cancelling: nothing will be changed...</source>
        <translation>Cancelando: no se cambiará nada...</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../ui/editor/panel.py" line="47"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="48"/>
        <source>Who changed what, and when (Ctrl+H)</source>
        <translation>Quién cambió qué y cuándo (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="50"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="52"/>
        <location filename="../../ui/editor/panel.py" line="125"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="65"/>
        <location filename="../../ui/editor/panel.py" line="74"/>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="118"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="120"/>
        <source>(in the trash)</source>
        <translation>(en la papelera)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="124"/>
        <source>(read-only here)</source>
        <translation>(solo lectura aquí)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="125"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="160"/>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <location filename="../../ui/sync/settle.py" line="29"/>
        <source>Settle with a new value</source>
        <translation>Resolver con un nuevo valor</translation>
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
        <translation>Paquetes</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="28"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="29"/>
        <source>Keys and trust</source>
        <translation>Claves y confianza</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="33"/>
        <source>Waiting to be acknowledged</source>
        <translation>En espera de acuse de recibo</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../../ui/sync/keys.py" line="69"/>
        <source>Trust a key</source>
        <translation>Confiar en una clave</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="70"/>
        <source>Compare this fingerprint with the one the person reads to you (by telephone or in person) before trusting the key.</source>
        <translation>Compare esta huella con la que la persona le lea (por teléfono o en persona) antes de confiar en la clave.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="74"/>
        <source>Task force leader (TFL)</source>
        <translation>Líder de grupo de trabajo (TFL)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="75"/>
        <source>Task force regional representative (TFRR)</source>
        <translation>Representante regional de grupo de trabajo (TFRR)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="76"/>
        <source>STC assessor (the notes submitted for assessment)</source>
        <translation>Evaluador del CCT (las notas presentadas para evaluación)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="86"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="87"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="88"/>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="89"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="90"/>
        <source>Task forces</source>
        <translation>Grupos de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="91"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
</context>
<context>
    <name>WithdrawTab</name>
    <message>
        <location filename="../../ui/sync/withdraw.py" line="26"/>
        <source>(new record)</source>
        <translation>(registro nuevo)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/withdraw.py" line="28"/>
        <source>In the trash</source>
        <translation>En la papelera</translation>
    </message>
    <message>
        <location filename="../../ui/sync/withdraw.py" line="41"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../ui/sync/withdraw.py" line="41"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../ui/sync/withdraw.py" line="41"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/withdraw.py" line="41"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../ui/sync/withdraw.py" line="42"/>
        <source>The Secretariat would refuse it</source>
        <translation>La Secretaría lo rechazaría</translation>
    </message>
    <message>
        <location filename="../../ui/sync/withdraw.py" line="43"/>
        <source>Changes not yet acknowledged</source>
        <translation>Cambios pendientes de acuse de recibo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/withdraw.py" line="46"/>
        <source>Your next bundle carries every change below until the Executive Secretariat acknowledges it. One it would refuse holds back every later bundle: withdraw it, and the record goes back to what it was before that change.</source>
        <translation>Su próximo paquete lleva cada cambio de abajo hasta que la Secretaría Ejecutiva acuse recibo. Un cambio que rechazaría retiene todos los paquetes posteriores: retírelo y el registro volverá a como estaba antes de ese cambio.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/withdraw.py" line="50"/>
        <source>&amp;Withdraw...</source>
        <translation>&amp;Retirar...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/withdraw.py" line="74"/>
        <source>(withdrawn)</source>
        <translation>(retirado)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/withdraw.py" line="96"/>
        <source>Withdraw a change</source>
        <translation>Retirar un cambio</translation>
    </message>
    <message>
        <location filename="../../ui/sync/withdraw.py" line="97"/>
        <source>Withdraw change %1 (%2, %3)? The record goes back to what it was before it; the Secretariat receives both and applies neither.</source>
        <translation>¿Retirar el cambio %1 (%2, %3)? El registro vuelve a como estaba antes de él; la Secretaría recibe ambos y no aplica ninguno.</translation>
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
        <translation>Panorama del ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="19"/>
        <source>Members and candidacies</source>
        <translation>Miembros y candidaturas</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="21"/>
        <source>Key players</source>
        <translation>Actores clave</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="22"/>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="23"/>
        <source>Action plan and indicators</source>
        <translation>Plan de acción e indicadores</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="25"/>
        <source>Meetings and minutes</source>
        <translation>Reuniones y actas</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="26"/>
        <source>Project ideas and teams</source>
        <translation>Ideas de proyecto y equipos</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="28"/>
        <source>Concept notes</source>
        <translation>Notas conceptuales</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="29"/>
        <source>Assessments and validations</source>
        <translation>Evaluaciones y validaciones</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="31"/>
        <source>Overlaps between notes</source>
        <translation>Solapamientos entre notas</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="32"/>
        <source>Funding</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="35"/>
        <source>Reference data</source>
        <translation>Datos de referencia</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="38"/>
        <location filename="../../ui/sync/page.py" line="23"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
</context>
<context>
    <name>bundle kinds</name>
    <message>
        <location filename="../../ui/sync/codes.py" line="37"/>
        <source>changes</source>
        <translation>regional</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="38"/>
        <source>master</source>
        <translation>maestro</translation>
    </message>
</context>
<context>
    <name>change kinds</name>
    <message>
        <location filename="../../ui/sync/codes.py" line="12"/>
        <source>insert</source>
        <translation>creación</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="13"/>
        <source>update</source>
        <translation>modificación</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="14"/>
        <source>delete</source>
        <translation>eliminación</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="15"/>
        <source>undelete</source>
        <translation>restauración</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <location filename="../../ui/words.py" line="216"/>
        <source>TF meeting</source>
        <translation>reunión del grupo de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="217"/>
        <source>TFL</source>
        <translation>TFL</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="218"/>
        <source>TFL meeting</source>
        <translation>reunión de TFL</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="219"/>
        <source>TFL-TFRR planning</source>
        <translation>planificación TFL-TFRR</translation>
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
        <translation>ausente</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="223"/>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="224"/>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="225"/>
        <source>apologies</source>
        <translation>excusado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="226"/>
        <source>applied</source>
        <translation>solicitada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="227"/>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="228"/>
        <source>assessed</source>
        <translation>evaluada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="229"/>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="230"/>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="231"/>
        <source>connect the teams</source>
        <translation>poner en contacto a los equipos</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="232"/>
        <source>declined</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="233"/>
        <source>deferred</source>
        <translation>aplazada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="234"/>
        <source>done</source>
        <translation>realizada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="235"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="236"/>
        <source>dropped</source>
        <translation>abandonada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="237"/>
        <source>en</source>
        <translation>inglés</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="238"/>
        <source>es</source>
        <translation>español</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="239"/>
        <source>expression of interest</source>
        <translation>manifestación de interés</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="240"/>
        <source>fr</source>
        <translation>francés</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="241"/>
        <source>full proposal</source>
        <translation>propuesta completa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="242"/>
        <source>full proposal requested</source>
        <translation>propuesta completa solicitada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="243"/>
        <source>funded</source>
        <translation>financiada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="244"/>
        <source>global</source>
        <translation>mundial</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="245"/>
        <source>in preparation</source>
        <translation>en preparación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="246"/>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="247"/>
        <source>inactive</source>
        <translation>inactiva</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="248"/>
        <source>interested</source>
        <translation>interesado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="249"/>
        <source>invited</source>
        <translation>invitado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="250"/>
        <source>left</source>
        <translation>dada de baja</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="251"/>
        <source>not an overlap</source>
        <translation>no es un solapamiento</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="252"/>
        <source>not approved</source>
        <translation>no aprobada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="253"/>
        <source>not proposed</source>
        <translation>no propuesta</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="254"/>
        <source>not recommended</source>
        <translation>no recomendada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="255"/>
        <source>not validated</source>
        <translation>no validada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="256"/>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="257"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="258"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="259"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="260"/>
        <source>planned</source>
        <translation>planificada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="261"/>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="262"/>
        <source>project team meeting</source>
        <translation>reunión del equipo de proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="263"/>
        <source>proposed</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="264"/>
        <source>recommended</source>
        <translation>recomendada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="265"/>
        <source>regional</source>
        <translation>regional</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="266"/>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="267"/>
        <source>returned</source>
        <translation>devuelta</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="268"/>
        <source>revise and resubmit</source>
        <translation>revisar y volver a presentar</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="269"/>
        <source>submitted</source>
        <translation>presentada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="270"/>
        <source>to confirm</source>
        <translation>por confirmar</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="271"/>
        <source>validated</source>
        <translation>validada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="272"/>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
</context>
<context>
    <name>conflict kinds</name>
    <message>
        <location filename="../../ui/sync/codes.py" line="25"/>
        <source>value</source>
        <translation>valor modificado en ambos lados</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="26"/>
        <source>edit-delete</source>
        <translation>modificación de un registro eliminado</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="27"/>
        <source>delete-edit</source>
        <translation>eliminación de un registro modificado</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="28"/>
        <source>orphan</source>
        <translation>vínculo a un registro eliminado</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="29"/>
        <source>duplicate</source>
        <translation>duplicado</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../ui/words.py" line="311"/>
        <source>  ... and %1 more</source>
        <translation>  ... y %1 más</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="312"/>
        <source>&quot;%1&quot; of %2 is the Executive Secretariat&apos;s decision</source>
        <translation>«%1» de %2 es decisión de la Secretaría Ejecutiva</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="313"/>
        <source>%1 (%2, key %3)</source>
        <translation>%1 (%2, clave %3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="314"/>
        <source>%1 (a copy was taken first: %2)</source>
        <translation>%1 (antes se hizo una copia: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="315"/>
        <source>%1 (stale)</source>
        <translation>%1 (caducada)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="316"/>
        <source>%1 already exists: choose another file or remove it first</source>
        <translation>%1 ya existe: elija otro archivo o elimínelo primero</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="317"/>
        <source>%1 and %2 are both mapped to %3</source>
        <translation>%1 y %2 corresponden ambos a %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="318"/>
        <source>%1 belongs to another region (%2), outside %3 (%4)</source>
        <translation>%1 pertenece a otra región (%2), fuera de %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="319"/>
        <source>%1 belongs to task force %2, but %3 to task force %4: a record belongs to the task force of its %5</source>
        <translation>%1 pertenece al grupo de trabajo %2, pero %3 al grupo de trabajo %4: un registro pertenece al grupo de trabajo de su %5</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="320"/>
        <source>%1 belongs to task force %2, outside %3 (%4)</source>
        <translation>%1 pertenece al grupo de trabajo %2, fuera de %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="321"/>
        <source>%1 belongs to the region %2: only the Secretariat can take it out of it</source>
        <translation>%1 pertenece a la región %2: solo la Secretaría puede sacarlo de ella</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="322"/>
        <source>%1 cannot be %2 of task force %3: no organisation is recorded for them, and only people from a partner organisation of the Initiative can be TFL or TFRR</source>
        <translation>%1 no puede ser %2 del grupo de trabajo %3: no tiene ninguna organización registrada, y solo las personas de una organización socia de la Iniciativa pueden ser TFL o TFRR</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="323"/>
        <source>%1 cannot be %2 of task force %3: their organisation, %4, is not a partner of the Initiative, and only people from a partner organisation can be TFL or TFRR</source>
        <translation>%1 no puede ser %2 del grupo de trabajo %3: su organización, %4, no es socia de la Iniciativa, y solo las personas de una organización socia pueden ser TFL o TFRR</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="324"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 no se puede leer: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="325"/>
        <source>%1 carries a file no change of it refers to (%2): it was refused</source>
        <translation>%1 lleva un archivo al que ningún cambio suyo se refiere (%2): fue rechazado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="326"/>
        <source>%1 claims changes %2-%3 of %4, but different changes with those numbers were imported before (a copied laptop, or a restored backup?): the bundle was quarantined and nothing was applied</source>
        <translation>%1 afirma contener los cambios %2 a %3 de %4, pero ya se importaron otros cambios con esos números (¿una computadora copiada o una copia de seguridad restaurada?): el paquete se puso en cuarentena y no se aplicó nada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="327"/>
        <source>%1 does not hold an Ed25519 key</source>
        <translation>%1 no contiene una clave Ed25519</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="328"/>
        <source>%1 hands over a key of site %2, not of the Secretariat pinned here (site %3): it was refused</source>
        <translation>%1 entrega una clave del sitio %2, no de la Secretaría registrada aquí (sitio %3): se rechazó</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="329"/>
        <source>%1 hands over the key of %2 (%3), not the Secretariat&apos;s</source>
        <translation>%1 entrega la clave de %2 (%3), no la de la Secretaría</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="330"/>
        <source>%1 has %2 columns; at most %3 are read</source>
        <translation>%1 tiene %2 columnas; se leen como máximo %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="331"/>
        <source>%1 has %2 rows; at most %3 can be imported at once - split the file</source>
        <translation>%1 tiene %2 filas; se pueden importar como máximo %3 a la vez: divida el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="332"/>
        <source>%1 has an encrypted entry %2</source>
        <translation>%1 tiene una entrada cifrada %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="333"/>
        <source>%1 has an entry %2 that is not a plain file (a link?)</source>
        <translation>%1 tiene una entrada %2 que no es un archivo simple (¿un enlace?)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="334"/>
        <source>%1 has an entry with a forbidden name %2</source>
        <translation>%1 tiene una entrada con un nombre prohibido %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="335"/>
        <source>%1 has an entry with an empty or overlong name</source>
        <translation>%1 tiene una entrada con un nombre vacío o demasiado largo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="336"/>
        <source>%1 has an unknown format %2</source>
        <translation>%1 tiene un formato desconocido %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="337"/>
        <source>%1 has no field %2</source>
        <translation>%1 no tiene el campo %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="338"/>
        <source>%1 has no sheet named %2: is it a SIC Desktop concept-note workbook?</source>
        <translation>%1 no tiene ninguna hoja llamada %2: ¿es un libro de nota conceptual de SIC Desktop?</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="339"/>
        <source>%1 has overlapping entries (%2)</source>
        <translation>%1 tiene entradas superpuestas (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="340"/>
        <source>%1 has too many entries (%2)</source>
        <translation>%1 tiene demasiadas entradas (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="341"/>
        <source>%1 has unexplained data before its first entry</source>
        <translation>%1 tiene datos inexplicados antes de su primera entrada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="342"/>
        <source>%1 holds %2 changes; a bundle holds at most %3</source>
        <translation>%1 contiene %2 cambios; un paquete contiene como máximo %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="343"/>
        <source>%1 holds entries its manifest does not list: %2</source>
        <translation>%1 contiene entradas que su manifiesto no enumera: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="344"/>
        <source>%1 holds the entry %2 twice</source>
        <translation>%1 contiene dos veces la entrada %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="345"/>
        <source>%1 holds too much data (more than %2)</source>
        <translation>%1 contiene demasiados datos (más de %2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="346"/>
        <source>%1 is a region&apos;s change bundle; only the Secretariat can import it</source>
        <translation>%1 es un paquete de cambios de una región; solo la Secretaría puede importarlo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="347"/>
        <source>%1 is already %2</source>
        <translation>%1 ya es %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="348"/>
        <source>%1 is also a member of task force %2, outside %3 (%4): a person shared with another task force is edited by the Executive Secretariat</source>
        <translation>%1 también es miembro del grupo de trabajo %2, fuera de %3 (%4): una persona compartida con otro grupo de trabajo la edita la Secretaría Ejecutiva</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="349"/>
        <source>%1 is ambiguous: day/month or month/day? Write it as %2 or %3</source>
        <translation>%1 es ambiguo: ¿día/mes o mes/día? Escríbalo como %2 o %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="350"/>
        <source>%1 is ambiguous: it may be a thousand or a decimal, and nothing in the sheet says which mark is the decimal one; retype it as a number or choose the sheet&apos;s language</source>
        <translation>%1 es ambiguo: puede ser un millar o un decimal, y nada en la hoja indica cuál es el signo decimal; vuelva a escribirlo como número o elija el idioma de la hoja</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="351"/>
        <source>%1 is ambiguous: this sheet writes numbers both ways (1,5 and 1.5), so it may be a thousand or a decimal; retype it as a number</source>
        <translation>%1 es ambiguo: esta hoja escribe los números de las dos formas (1,5 y 1.5), así que puede ser un millar o un decimal; vuelva a escribirlo como número</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="352"/>
        <source>%1 is damaged (%2)</source>
        <translation>%1 está dañado (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="353"/>
        <source>%1 is damaged or cut short (entry %2: %3)</source>
        <translation>%1 está dañado o cortado (entrada %2: %3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="354"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 está dañado: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="355"/>
        <source>%1 is empty</source>
        <translation>%1 está vacío</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="356"/>
        <source>%1 is empty, not a SIC Desktop database: create one with `sic-desktop init`; nothing was changed</source>
        <translation>%1 está vacío, no es una base de SIC Desktop: cree una con `sic-desktop init`; no se cambió nada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="357"/>
        <source>%1 is given twice</source>
        <translation>%1 aparece dos veces</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="358"/>
        <source>%1 is more than the total budget (%2)</source>
        <translation>%1 supera el presupuesto total (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="359"/>
        <source>%1 is neither UTF-8 nor Windows (cp1252) text; save it as &quot;CSV UTF-8&quot;</source>
        <translation>%1 no es texto UTF-8 ni texto de Windows (cp1252); guárdelo como «CSV UTF-8»</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="360"/>
        <source>%1 is nested too deeply</source>
        <translation>%1 está anidado a demasiada profundidad</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="361"/>
        <source>%1 is nested too deeply (more than %2)</source>
        <translation>%1 está anidado a demasiada profundidad (más de %2 niveles)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="362"/>
        <source>%1 is not %2 or it is damaged</source>
        <translation>%1 no es %2 o está dañado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="363"/>
        <source>%1 is not a SIC Desktop bundle (no signed manifest)</source>
        <translation>%1 no es un paquete de SIC Desktop (no hay manifiesto firmado)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="364"/>
        <source>%1 is not a SIC Desktop bundle (not a ZIP file, or cut short)</source>
        <translation>%1 no es un paquete de SIC Desktop (no es un archivo ZIP, o está cortado)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="365"/>
        <source>%1 is not a SIC Desktop bundle (unknown manifest)</source>
        <translation>%1 no es un paquete de SIC Desktop (manifiesto desconocido)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="366"/>
        <source>%1 is not a SIC Desktop database</source>
        <translation>%1 no es una base de datos de SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="367"/>
        <source>%1 is not a SIC Desktop key handover file</source>
        <translation>%1 no es un archivo de traspaso de clave de SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="368"/>
        <source>%1 is not a SIC Desktop public key file</source>
        <translation>%1 no es un archivo de clave pública de SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="369"/>
        <source>%1 is not a cycle year</source>
        <translation>%1 no es el año de un ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="370"/>
        <source>%1 is not a date in this sheet&apos;s order (%2)</source>
        <translation>%1 no es una fecha en el orden de esta hoja (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="371"/>
        <source>%1 is not a number JSON allows</source>
        <translation>%1 no es un número que JSON permita</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="372"/>
        <source>%1 is not a number written with %2 as the decimal mark</source>
        <translation>%1 no es un número escrito con %2 como signo decimal</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="373"/>
        <source>%1 is not a readable .csv file (%2)</source>
        <translation>%1 no es un archivo .csv legible (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="374"/>
        <source>%1 is not a sound SIC Desktop backup (%2); nothing was restored</source>
        <translation>%1 no es una copia de seguridad válida de SIC Desktop (%2); no se restauró nada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="375"/>
        <source>%1 is not a spreadsheet it claims to be or it is damaged (%2)</source>
        <translation>%1 no es la hoja de cálculo que dice ser o está dañado (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="376"/>
        <source>%1 is not a text (.csv) file</source>
        <translation>%1 no es un archivo de texto (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="377"/>
        <source>%1 is not an Excel workbook (.xlsx) or it is damaged (%2)</source>
        <translation>%1 no es un libro de Excel (.xlsx) o está dañado (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="378"/>
        <source>%1 is not in the list (%2)</source>
        <translation>%1 no está en la lista (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="379"/>
        <source>%1 is not one of: %2</source>
        <translation>%1 no es uno de: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="381"/>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 no es JSON válido: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="382"/>
        <source>%1 is not valid UTF-8 (byte %2)</source>
        <translation>%1 no es UTF-8 válido (byte %2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="383"/>
        <source>%1 is older than the last master bundle applied here (%2 &lt; %3): it was refused</source>
        <translation>%1 es más antiguo que el último paquete maestro aplicado aquí (%2 &lt; %3): se rechazó</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="385"/>
        <source>%1 is signed by %2&apos;s key %3, which was revoked</source>
        <translation>%1 está firmado con la clave %3 de %2, que fue revocada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="386"/>
        <source>%1 is signed by %2, a regional key: only the Secretariat&apos;s key may sign a master bundle</source>
        <translation>%1 está firmado por %2, una clave regional: solo la clave de la Secretaría puede firmar un paquete maestro</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="387"/>
        <source>%1 is signed by the unknown key %2: this copy does not trust it (not enrolled here, or made for another Secretariat)</source>
        <translation>%1 está firmado con la clave desconocida %2: esta copia no confía en ella (no inscrita aquí, o creada para otra Secretaría)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="388"/>
        <source>%1 is the key of %2 (%3), not of the Executive Secretariat</source>
        <translation>%1 es la clave de %2 (%3), no de la Secretaría Ejecutiva</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="389"/>
        <source>%1 is too large (%2 bytes; at most %3)</source>
        <translation>%1 es demasiado grande (%2 bytes; como máximo %3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="390"/>
        <source>%1 is too large (more than %2 bytes)</source>
        <translation>%1 es demasiado grande (más de %2 bytes)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="391"/>
        <source>%1 is truncated (the last line has no end)</source>
        <translation>%1 está truncado (la última línea no tiene final)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="392"/>
        <source>%1 is vouched for by key %2, not by %3</source>
        <translation>%1 está avalado por la clave %2, no por %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="393"/>
        <source>%1 is vouched for by key %2, revoked here: it was refused</source>
        <translation>%1 está avalado por la clave %2, revocada aquí: se rechazó</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="394"/>
        <source>%1 is vouched for by key %2, which is not the Secretariat key pinned here: it was refused</source>
        <translation>%1 está avalado por la clave %2, que no es la clave de la Secretaría registrada aquí: se rechazó</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="395"/>
        <source>%1 lacks entries its manifest lists: %2</source>
        <translation>A %1 le faltan entradas que su manifiesto enumera: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="397"/>
        <source>%1 names key %2 but holds another key</source>
        <translation>%1 nombra la clave %2 pero contiene otra</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="399"/>
        <source>%1 records are written by the STC or the Executive Secretariat</source>
        <translation>los registros %1 los escribe el CCT o la Secretaría Ejecutiva</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="401"/>
        <source>%1 starts with a byte-order mark</source>
        <translation>%1 empieza con una marca de orden de bytes (BOM)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="402"/>
        <source>%1 uses an unsupported compression in %2</source>
        <translation>%1 usa una compresión no admitida en %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="403"/>
        <source>%1 was made by a newer SIC Desktop (%2 %3; this one reads up to %4): update SIC Desktop, then import it again</source>
        <translation>%1 fue creado por una versión más reciente de SIC Desktop (%2 %3; esta lee hasta %4): actualice SIC Desktop y vuelva a importarlo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="404"/>
        <source>%1 was made by another assessor or the Secretariat: an STC copy changes only the assessments it made</source>
        <translation>%1 procede de otro evaluador o de la Secretaría: una copia del CCT solo cambia las evaluaciones que ella misma hizo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="405"/>
        <source>%1 was made for another copy (site %2), not for this one (%3, site %4)</source>
        <translation>%1 fue creado para otra copia (sitio %2), no para esta (%3, sitio %4)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="406"/>
        <source>%1 was moved to the trash since</source>
        <translation>%1 se movió a la papelera mientras tanto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="407"/>
        <source>%1 was restored from the trash since</source>
        <translation>%1 se restauró de la papelera mientras tanto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="408"/>
        <source>%1 was written by a newer version of SIC Desktop (schema %2); update SIC Desktop to open it</source>
        <translation>%1 fue escrita por una versión más reciente de SIC Desktop (esquema %2); actualice SIC Desktop para abrirla</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="410"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="411"/>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="412"/>
        <source>%1, row %2, column %3: %4</source>
        <translation>%1, fila %2, columna %3: %4</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="415"/>
        <source>%1.%2 cannot hold a list or object</source>
        <translation>%1.%2 no puede contener una lista ni un objeto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="416"/>
        <source>%1.%2 may not be empty</source>
        <translation>%1.%2 no puede estar vacío</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="418"/>
        <source>%1.%2: %3 is not a valid %4</source>
        <translation>%1.%2: %3 no es un(a) %4 válido(a)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="419"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="420"/>
        <source>%1: %2 has no field %3</source>
        <translation>%1: %2 no tiene el campo %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="422"/>
        <source>%1: %2 is not a kind of change</source>
        <translation>%1: %2 no es un tipo de cambio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="423"/>
        <source>%1: %2 is not a table a bundle may change</source>
        <translation>%1: %2 no es una tabla que un paquete pueda cambiar</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="425"/>
        <source>%1: %2 was changed since (it now holds %3)</source>
        <translation>%1: %2 cambió mientras tanto (ahora contiene %3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="426"/>
        <source>%1: %2.%3: %4 is not a valid %5</source>
        <translation>%1: %2.%3: %4 no es un(a) %5 válido(a)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="428"/>
        <source>%1: %2; the bundle was refused and nothing was applied</source>
        <translation>%1: %2; el paquete fue rechazado y no se aplicó nada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="429"/>
        <source>%1: --%2 writes a %3 file</source>
        <translation>%1: --%2 escribe un archivo %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="430"/>
        <source>%1: a malformed %2</source>
        <translation>%1: %2 mal formado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="431"/>
        <source>%1: a malformed insert</source>
        <translation>%1: una inserción mal formada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="432"/>
        <source>%1: a number is too large to be finite</source>
        <translation>%1: un número es demasiado grande para ser finito</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="433"/>
        <source>%1: a text holds a lone UTF-16 surrogate</source>
        <translation>%1: un texto contiene un sustituto UTF-16 aislado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="434"/>
        <source>%1: a text of %2 characters is too long (at most %3)</source>
        <translation>%1: un texto de %2 caracteres es demasiado largo (como máximo %3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="436"/>
        <source>%1: change %2</source>
        <translation>%1: cambio %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="438"/>
        <source>%1: change %2 of %3: %4; the bundle was refused and nothing was applied</source>
        <translation>%1: cambio %2 de %3: %4; el paquete fue rechazado y no se aplicó nada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="439"/>
        <source>%1: changes</source>
        <translation>%1: cambios</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="440"/>
        <source>%1: its changes are not exactly %2&apos;s changes %3-%4 in order</source>
        <translation>%1: sus cambios no son exactamente los cambios %3 a %4 de %2, en orden</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="441"/>
        <source>%1: missing changes %2-%3 of %4; ask the region for a new export (it holds every change not yet acknowledged)</source>
        <translation>%1: faltan los cambios %2 a %3 de %4; pida a la región una nueva exportación (conserva todos los cambios aún no confirmados)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="442"/>
        <source>%1: no column titled %2 in row 1</source>
        <translation>%1: ninguna columna titulada %2 en la fila 1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="443"/>
        <source>%1: no row labelled %2 in column A</source>
        <translation>%1: ninguna fila rotulada %2 en la columna A</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="444"/>
        <source>%1: no such backup</source>
        <translation>%1: no existe esa copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="445"/>
        <source>%1: no such file</source>
        <translation>%1: no existe ese archivo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="446"/>
        <source>%1: not a change (wrong or missing keys)</source>
        <translation>%1: no es un cambio (claves incorrectas o faltantes)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="447"/>
        <source>%1: the %2 %3 is not valid</source>
        <translation>%1: el campo %2 %3 no es válido</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="448"/>
        <source>%1: the %2 of %3 is too long</source>
        <translation>%1: el campo %2 de %3 es demasiado largo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="449"/>
        <source>%1: the %2 of field %3 makes no sense</source>
        <translation>%1: %2 del campo %3 no tiene sentido</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="450"/>
        <source>%1: the Secretariat imports regions&apos; change bundles only</source>
        <translation>%1: la Secretaría solo importa paquetes de cambios de las regiones</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="451"/>
        <source>%1: the attachment %2 is not named by its SHA-256</source>
        <translation>%1: el adjunto %2 no lleva el nombre de su SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="453"/>
        <source>%1: the entry %2 does not have the size the manifest says</source>
        <translation>%1: la entrada %2 no tiene el tamaño que indica el manifiesto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="454"/>
        <source>%1: the entry %2 is too large</source>
        <translation>%1: la entrada %2 es demasiado grande</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="456"/>
        <source>%1: the entry %2 was altered (its SHA-256 differs)</source>
        <translation>%1: la entrada %2 fue alterada (su SHA-256 difiere)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="457"/>
        <source>%1: the field name is not valid</source>
        <translation>%1: el nombre del campo no es válido</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="458"/>
        <source>%1: the integer %2 is too large</source>
        <translation>%1: el entero %2 es demasiado grande</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="459"/>
        <source>%1: the manifest</source>
        <translation>%1: el manifiesto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="460"/>
        <source>%1: the manifest does not list the changes</source>
        <translation>%1: el manifiesto no enumera los cambios</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="461"/>
        <source>%1: the manifest has missing or unknown fields</source>
        <translation>%1: al manifiesto le faltan campos o tiene campos desconocidos</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="462"/>
        <source>%1: the manifest holds a number that is not valid</source>
        <translation>%1: el manifiesto contiene un número no válido</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="463"/>
        <source>%1: the manifest is malformed</source>
        <translation>%1: el manifiesto está mal formado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="464"/>
        <source>%1: the manifest lists an unknown entry %2</source>
        <translation>%1: el manifiesto enumera una entrada desconocida %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="465"/>
        <source>%1: the manifest names another signer than the signature</source>
        <translation>%1: el manifiesto nombra a otro firmante que la firma</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="466"/>
        <source>%1: the manifest&apos;s %2 is not valid</source>
        <translation>%1: el campo %2 del manifiesto no es válido</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="467"/>
        <source>%1: the manifest&apos;s deletes_seen is malformed</source>
        <translation>%1: el campo deletes_seen del manifiesto está mal formado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="468"/>
        <source>%1: the new %2 lacks %3</source>
        <translation>%1: al nuevo registro %2 le falta %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="469"/>
        <source>%1: the sequence number %2 is not valid</source>
        <translation>%1: el número de secuencia %2 no es válido</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="470"/>
        <source>%1: the signature entry is damaged</source>
        <translation>%1: la entrada de firma está dañada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="471"/>
        <source>%1: the trust registry</source>
        <translation>%1: el registro de confianza</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="472"/>
        <source>%1: the trust registry is malformed</source>
        <translation>%1: el registro de confianza está mal formado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="473"/>
        <source>%1: unknown bundle kind %2</source>
        <translation>%1: tipo de paquete desconocido %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="475"/>
        <source>%1: write a .docx or a .pdf file</source>
        <translation>%1: escriba un archivo .docx o .pdf</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="476"/>
        <source>%1: write a .xlsx or a .pdf file</source>
        <translation>%1: escriba un archivo .xlsx o .pdf</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="482"/>
        <source>--for is for the Secretariat; a region exports to the Secretariat</source>
        <translation>--for es solo para la Secretaría; una región exporta hacia la Secretaría</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="483"/>
        <source>--value takes JSON (a quoted text, a number, true/false or null): %1</source>
        <translation>--value espera JSON (un texto entre comillas, un número, true/false o null): %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="484"/>
        <source>A concept note is not an overlap of itself</source>
        <translation>Una nota conceptual no es un solapamiento de sí misma</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="488"/>
        <source>A possible duplicate is settled with --keep-master or --take-incoming</source>
        <translation>Un posible duplicado se resuelve con --keep-master o --take-incoming</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="490"/>
        <source>A task force leader or representative needs --task-force CODE</source>
        <translation>Un líder o representante de grupo de trabajo necesita --task-force CÓDIGO</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="491"/>
        <source>An STC assessor&apos;s copy is trusted without --task-force or --region</source>
        <translation>La copia de un evaluador del CCT se reconoce sin --task-force ni --region</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="492"/>
        <source>Cannot %1: %2. Undo or change back those edits first; nothing was changed</source>
        <translation>Acción imposible (%1): %2. Deshaga o revierta primero esos cambios; no se cambió nada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="497"/>
        <source>Choose one of %1</source>
        <translation>Elija uno de %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="498"/>
        <source>Concept note, ID: no concept note %1 in task force %2; clear the ID to add the note as a new one</source>
        <translation>Nota conceptual, ID: no hay ninguna nota conceptual %1 en el grupo de trabajo %2; borre el ID para añadir la nota como nueva</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="499"/>
        <source>Concept note, Region: unknown region %1</source>
        <translation>Nota conceptual, Región: región desconocida %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="500"/>
        <source>Concept note, Task force objective(s): unknown objective %1; known: %2</source>
        <translation>Nota conceptual, Objetivo(s) del grupo de trabajo: objetivo desconocido %1; conocidos: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="501"/>
        <source>Decision: %1 is not one of: %2</source>
        <translation>Decisión: %1 no es uno de: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="508"/>
        <source>LibreOffice could not convert %1: %2</source>
        <translation>LibreOffice no pudo convertir %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="509"/>
        <source>LibreOffice did not convert %1 to %2</source>
        <translation>LibreOffice no convirtió %1 a %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="512"/>
        <source>No %1 with id %2</source>
        <translation>No se encuentra %1 (id %2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="513"/>
        <source>No active regional key is trusted for site %1: see `trust list`</source>
        <translation>No hay ninguna clave regional activa de confianza para el sitio %1: vea `trust list`</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="515"/>
        <source>No concept note with id %1</source>
        <translation>No se encuentra la nota conceptual (id %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="516"/>
        <source>No conflict with id %1</source>
        <translation>No se encuentra el conflicto (id %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="517"/>
        <source>No cycle %1; known: %2</source>
        <translation>No hay ciclo %1; conocidos: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="518"/>
        <source>No database at %1: create one with `sic-desktop init`</source>
        <translation>No hay ninguna base de datos en %1: cree una con `sic-desktop init`</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="520"/>
        <source>No meeting with id %1</source>
        <translation>No se encuentra la reunión (id %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="521"/>
        <source>No task force %1; known: %2</source>
        <translation>No hay ningún grupo de trabajo %1; conocidos: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="522"/>
        <source>No trusted key with id %1</source>
        <translation>No se encuentra la clave de confianza (id %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="527"/>
        <source>Read-only here: %1 is the Executive Secretariat&apos;s decision</source>
        <translation>Solo lectura aquí: %1 es decisión de la Secretaría Ejecutiva</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="528"/>
        <source>Site %1 already has the active key %2; revoke it first</source>
        <translation>El sitio %1 ya tiene la clave activa %2; revóquela primero</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="529"/>
        <source>The %1 cannot be saved - %2</source>
        <translation>No se puede guardar (%1) - %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="533"/>
        <source>The Governing Board approves the candidates the Secretariat proposes: %1 has not been proposed as %2 of task force %3</source>
        <translation>El Consejo de Administración aprueba a los candidatos que propone la Secretaría: %1 no ha sido propuesto/a como %2 del grupo de trabajo %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="536"/>
        <source>The Secretariat exports a master bundle for a site: --for SITE_ID</source>
        <translation>La Secretaría exporta un paquete maestro para un sitio: --for SITE_ID</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="538"/>
        <source>The concept note %1 has not been validated by the Bureau: a letter of support follows a validation</source>
        <translation>La nota conceptual %1 no ha sido validada por el Buró: una carta de apoyo sigue a una validación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="540"/>
        <source>The conflict %1 was already resolved</source>
        <translation>El conflicto %1 ya se resolvió</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="550"/>
        <source>The key %1 of %2 was revoked; it cannot return</source>
        <translation>La clave %1 de %2 fue revocada; no puede volver</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="551"/>
        <source>The letter %1 names no validation of the Bureau</source>
        <translation>La carta %1 no menciona ninguna validación del Buró</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="553"/>
        <source>The role must be one of: %1</source>
        <translation>El rol debe ser uno de: %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="556"/>
        <source>The site needs a name (for example the region or &apos;Executive Secretariat&apos;)</source>
        <translation>El sitio necesita un nombre (por ejemplo la región o «Secretaría Ejecutiva»)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="559"/>
        <source>This database has no site yet: run `sic-desktop init` first</source>
        <translation>Esta base de datos aún no tiene sitio: ejecute primero `sic-desktop init`</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="560"/>
        <source>This regional copy has no Secretariat key pinned: re-run init</source>
        <translation>Esta copia regional no tiene registrada la clave de la Secretaría: vuelva a ejecutar init</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="561"/>
        <source>Unknown region %1</source>
        <translation>Región desconocida %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="563"/>
        <source>Written again in %1 from the filed letter %2, which stays as it was issued</source>
        <translation>Escrita de nuevo en %1 a partir de la carta archivada %2, que queda tal como se emitió</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="577"/>
        <source>an STC assessor&apos;s copy writes only STC assessments and their scores, not %1</source>
        <translation>una copia de evaluador del CCT solo escribe evaluaciones del CCT y sus puntuaciones, no %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="587"/>
        <source>cell %1: no cycle %2; known: %3</source>
        <translation>celda %1: no hay ciclo %2; conocidos: %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="657"/>
        <source>the %1 list is the Executive Secretariat&apos;s reference data</source>
        <translation>la lista %1 es un dato de referencia de la Secretaría Ejecutiva</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="659"/>
        <source>the Bureau decides on a note with a current STC assessment; %1 is %2 (%3)</source>
        <translation>el Buró decide sobre una nota con una evaluación del CCT vigente; %1 está %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="660"/>
        <source>the Bureau did not validate it (%1)</source>
        <translation>el Buró no la validó (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="661"/>
        <source>the Bureau has not validated %1</source>
        <translation>el Buró no ha validado %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="662"/>
        <source>the Bureau validated it on %1</source>
        <translation>el Buró la validó el %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="665"/>
        <source>the STC assessed version %1</source>
        <translation>el CCT evaluó la versión %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="666"/>
        <source>the STC assesses submitted notes; %1 is %2 (%3)</source>
        <translation>el CCT evalúa las notas presentadas; %1 está %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="667"/>
        <source>the STC assesses submitted notes; concept note %1 has not been submitted</source>
        <translation>el CCT evalúa las notas presentadas; la nota conceptual %1 no se ha presentado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="668"/>
        <source>the STC&apos;s assessment of %1 is stale: the note changed after it was assessed</source>
        <translation>la evaluación del CCT de %1 está caducada: la nota cambió después de ser evaluada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="669"/>
        <source>the TF meeting of %1 records no project ideas with teams yet</source>
        <translation>la reunión del grupo de trabajo del %1 aún no registra ideas de proyecto con equipos</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="671"/>
        <source>the bundle for site %1</source>
        <translation>el paquete para el sitio %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="672"/>
        <source>the call closes on %1</source>
        <translation>la convocatoria cierra el %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="673"/>
        <source>the change id %1 is not a UUID</source>
        <translation>el id de cambio %1 no es un UUID</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="674"/>
        <source>the change id %1 is not the id of change %2 of site %3: it names another copy&apos;s change</source>
        <translation>el id de cambio %1 no es el id del cambio %2 del sitio %3: designa un cambio de otra copia</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="675"/>
        <source>the clock of %1 runs more than a day ahead (a change dated %2): its changes count as made when they arrived here (%3), so a wrong clock wins no conflict against a later change. Ask them to set their computer&apos;s date right.</source>
        <translation>el reloj de %1 va más de un día adelantado (un cambio con fecha %2): sus cambios cuentan como hechos al llegar aquí (%3), así que un reloj equivocado no gana ningún conflicto frente a un cambio posterior. Pídales que ajusten la fecha de su ordenador.</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="676"/>
        <source>the clock of %1 seems wrong (a change dated %2): its changes lose every tie they are part of; ask them to set their computer&apos;s date right</source>
        <translation>el reloj de %1 parece equivocado (un cambio con fecha %2): sus cambios pierden todos los empates; pídales que ajusten la fecha de su ordenador</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="679"/>
        <source>the integer %1 is too large</source>
        <translation>el entero %1 es demasiado grande</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="687"/>
        <source>the mapping names %1, which is not a field; fields: %2</source>
        <translation>la correspondencia nombra %1, que no es un campo; campos: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="688"/>
        <source>the mapping names a column the file does not have; its columns: %1</source>
        <translation>la correspondencia nombra una columna que el archivo no tiene; sus columnas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="692"/>
        <source>the number %1 was given to another letter; a number is never reused</source>
        <translation>el número %1 se dio a otra carta; un número nunca se reutiliza</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="698"/>
        <source>the template %1 tries to reach beyond the document&apos;s data (%2) and was not used. `sic-desktop documents check-template` names the placeholder.</source>
        <translation>la plantilla %1 intenta acceder a algo más que los datos del documento (%2) y no se usó. `sic-desktop documents check-template` nombra el marcador.</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="699"/>
        <source>their region</source>
        <translation>su región</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="700"/>
        <source>their task forces</source>
        <translation>sus grupos de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="702"/>
        <source>this copy&apos;s</source>
        <translation>de esta copia</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="703"/>
        <source>this copy&apos;s region</source>
        <translation>la región de esta copia</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="704"/>
        <source>titles alike: both say %1</source>
        <translation>títulos parecidos: ambos dicen %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="713"/>
        <source>%n %1 record(s) added</source>
        <translation>
            <numerusform>%1: %n registro añadido</numerusform>
            <numerusform>%1: %n registros añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="714"/>
        <source>%n %1 record(s) changed</source>
        <translation>
            <numerusform>%1: %n registro modificado</numerusform>
            <numerusform>%1: %n registros modificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="715"/>
        <source>%n %1 record(s) moved to the trash</source>
        <translation>
            <numerusform>%1: %n registro movido a la papelera</numerusform>
            <numerusform>%1: %n registros movidos a la papelera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="716"/>
        <source>%n %1 record(s) restored</source>
        <translation>
            <numerusform>%1: %n registro restaurado</numerusform>
            <numerusform>%1: %n registros restaurados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="717"/>
        <source>%n %1 record(s): %2</source>
        <translation>
            <numerusform>%1: %n registro: %2</numerusform>
            <numerusform>%1: %n registros: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="718"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n añadido</numerusform>
            <numerusform>%n añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="719"/>
        <source>%n agreement(s), no project started yet</source>
        <translation>
            <numerusform>%n convenio, ningún proyecto iniciado aún</numerusform>
            <numerusform>%n convenios, ningún proyecto iniciado aún</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="720"/>
        <source>%n candidate(s) await the Governing Board&apos;s decision</source>
        <translation>
            <numerusform>%n candidatura espera la decisión del Consejo de Administración</numerusform>
            <numerusform>%n candidaturas esperan la decisión del Consejo de Administración</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="721"/>
        <source>%n field change(s) logged</source>
        <translation>
            <numerusform>%n cambio de campo registrado</numerusform>
            <numerusform>%n cambios de campo registrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="722"/>
        <source>%n full proposal(s), no agreement yet</source>
        <translation>
            <numerusform>%n propuesta completa, aún sin convenio</numerusform>
            <numerusform>%n propuestas completas, aún sin convenio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="723"/>
        <source>%n funder(s) asked for a full proposal; none recorded yet</source>
        <translation>
            <numerusform>%n financiador pidió una propuesta completa; aún no hay ninguna registrada</numerusform>
            <numerusform>%n financiadores pidieron una propuesta completa; aún no hay ninguna registrada</numerusform>
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
            <numerusform>%n cambio sustituido de más de %1 días eliminado; conservados: %2</numerusform>
            <numerusform>%n cambios sustituidos de más de %1 días eliminados; conservados: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="726"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n equipo</numerusform>
            <numerusform>%n equipos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="727"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="728"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="729"/>
        <source>%n value(s) already equal</source>
        <translation>
            <numerusform>%n valor ya idéntico</numerusform>
            <numerusform>%n valores ya idénticos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="730"/>
        <source>Nothing was imported: %n problem(s) found
%1</source>
        <translation>
            <numerusform>No se importó nada: %n problema encontrado
%1</numerusform>
            <numerusform>No se importó nada: %n problemas encontrados
%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="731"/>
        <source>Nothing would be imported: %n problem(s)</source>
        <translation>
            <numerusform>No se importaría nada: %n problema</numerusform>
            <numerusform>No se importaría nada: %n problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="732"/>
        <source>Unknown task force code(s): %1</source>
        <translation>
            <numerusform>Código de grupo de trabajo desconocido: %1</numerusform>
            <numerusform>Códigos de grupo de trabajo desconocidos: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="567"/>
        <source>a key for site %1 already exists; it was not replaced</source>
        <translation>ya existe una clave para el sitio %1; no se reemplazó</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="380"/>
        <source>%1 is not readable text</source>
        <translation>%1 no es un texto legible</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="384"/>
        <source>%1 is part of %2, which belongs to another region (%3), outside %4 (%5)</source>
        <translation>%1 forma parte de %2, que pertenece a otra región (%3), fuera de %4 (%5)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="396"/>
        <source>%1 may not make change %2: %3</source>
        <translation>%1 no puede hacer el cambio %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="398"/>
        <source>%1 records are the Executive Secretariat&apos;s to write</source>
        <translation>los registros %1 corresponden a la Secretaría Ejecutiva</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="400"/>
        <source>%1 records do not belong to a task force</source>
        <translation>los registros %1 no pertenecen a un grupo de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="409"/>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="413"/>
        <source>%1, sheet %2, cell %3 holds %4 characters; a cell holds at most %5</source>
        <translation>%1, hoja %2, celda %3 contiene %4 caracteres; una celda contiene como máximo %5</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="414"/>
        <source>%1. If the Secretariat revoked it, replace it with `sic-desktop keys renew --revoked`, then send the new key for enrolment</source>
        <translation>%1. Si la Secretaría la revocó, sustitúyala con `sic-desktop keys renew --revoked` y envíe la nueva clave para su inscripción</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="417"/>
        <source>%1.%2: %3</source>
        <translation>%1.%2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="421"/>
        <source>%1: %2 is not &quot;Title in the file=Field&quot;</source>
        <translation>%1: %2 no tiene la forma «Título en el archivo=Campo»</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="424"/>
        <source>%1: %2 sent a change with the id %3, which belongs to change %4 of site %5 received before: a change id is its own site&apos;s, so the bundle was refused and nothing was applied</source>
        <translation>%1: %2 envió un cambio con el id %3, que pertenece al cambio %4 del sitio %5 recibido antes: el id de un cambio es de su propio sitio, así que el paquete fue rechazado y no se aplicó nada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="427"/>
        <source>%1: %2.%3: %4 is not the id of a record</source>
        <translation>%1: %2.%3: %4 no es el id de un registro</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="435"/>
        <source>%1: cannot read %2 files; save it as one of %3</source>
        <translation>%1: no se pueden leer archivos %2; guárdelo en uno de estos formatos: %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="437"/>
        <source>%1: change %2 carries the clock value %3, which is no time at all (%4): the bundle was refused</source>
        <translation>%1: el cambio %2 lleva el valor de reloj %3, que no es ninguna fecha (%4): el paquete fue rechazado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="452"/>
        <source>%1: the change id %2 is used twice in it; nothing was applied</source>
        <translation>%1: el id de cambio %2 aparece dos veces; no se aplicó nada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="455"/>
        <source>%1: the entry %2 is too large (%3 bytes; at most %4)</source>
        <translation>%1: la entrada %2 es demasiado grande (%3 bytes; como máximo %4)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="474"/>
        <source>%1: write FIELD=VALUE (an empty value clears the field)</source>
        <translation>%1: escriba CAMPO=VALOR (un valor vacío borra el campo)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="477"/>
        <source>%1; due by %2</source>
        <translation>%1; a entregar antes del %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="478"/>
        <source>%1; its receiver would refuse it, so it was not written</source>
        <translation>%1; su destinatario lo rechazaría, así que no se escribió</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="479"/>
        <source>%1; no window planned</source>
        <translation>%1; ningún periodo previsto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="480"/>
        <source>%1; the window ended on %2</source>
        <translation>%1; el periodo terminó el %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="481"/>
        <source>%1; the window opens on %2</source>
        <translation>%1; el periodo se abre el %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="485"/>
        <source>A concept note&apos;s status changes are its history: only the Secretariat can take one back</source>
        <translation>Los cambios de estado de una nota conceptual son su historial: solo la Secretaría puede deshacer uno</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="486"/>
        <source>A concept note&apos;s status follows its records and is never typed: %1 is %2 (%3), not %4</source>
        <translation>El estado de una nota conceptual sigue sus registros y nunca se escribe: %1 está %2 (%3), no %4</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="487"/>
        <source>A letter follows the Bureau&apos;s validation</source>
        <translation>Una carta sigue a la validación del Buró</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="489"/>
        <source>A status change is the note&apos;s history: it is never edited</source>
        <translation>Un cambio de estado es el historial de la nota: nunca se modifica</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="493"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="494"/>
        <source>Change %1 holds nothing to withdraw</source>
        <translation>El cambio %1 no contiene nada que retirar</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="495"/>
        <source>Change %1 was changed again afterwards (change %2): withdraw that one first</source>
        <translation>El cambio %1 se modificó de nuevo después (cambio %2): retire primero ese</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="496"/>
        <source>Change %1 was withdrawn already</source>
        <translation>El cambio %1 ya fue retirado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="502"/>
        <source>Documents are written in %1, not %2</source>
        <translation>Los documentos se redactan en %1, no en %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="503"/>
        <source>Follows the records: %1</source>
        <translation>Sigue los registros: %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="504"/>
        <source>Goes up when the content changes after an STC assessment</source>
        <translation>Aumenta cuando el contenido cambia después de una evaluación del CCT</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="505"/>
        <source>Imported %1: %2</source>
        <translation>Importado %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="506"/>
        <source>Letter %1 is filed with the note</source>
        <translation>La carta %1 está archivada con la nota</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="507"/>
        <source>Letters of support are issued by the Secretariat: read-only in this copy</source>
        <translation>Las cartas de apoyo las emite la Secretaría: solo lectura en esta copia</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="510"/>
        <source>LibreOffice was not found on this computer: %1</source>
        <translation>No se encontró LibreOffice en este ordenador: %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="511"/>
        <source>Name who signs the letters of support first: sic-desktop settings signatory NAME</source>
        <translation>Indique primero quién firma las cartas de apoyo: sic-desktop settings signatory NOMBRE</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="514"/>
        <source>No change %1 of this copy waits to be sent: only those can be withdrawn</source>
        <translation>Ningún cambio %1 de esta copia espera ser enviado: solo esos se pueden retirar</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="519"/>
        <source>No kind of record %1; known: %2</source>
        <translation>No hay tipo de registro %1; conocidos: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="523"/>
        <source>Not imported (no field of this list): %1</source>
        <translation>No importadas (ningún campo de esta lista): %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="524"/>
        <source>Only the Secretariat compacts its change log</source>
        <translation>Solo la Secretaría compacta su registro de cambios</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="525"/>
        <source>PDF output needs LibreOffice, which was not found on this computer: %1, or write a .docx instead</source>
        <translation>La salida PDF necesita LibreOffice, que no se encontró en este ordenador: %1, o escriba un .docx</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="526"/>
        <source>Read-only here: %1</source>
        <translation>Solo lectura aquí: %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="530"/>
        <source>The %1 cycle exists already; nothing was changed</source>
        <translation>El ciclo %1 ya existe; no se cambió nada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="531"/>
        <source>The %1 of a %2 is set once and never changed</source>
        <translation>El campo %1 de un(a) %2 se fija una vez y nunca cambia</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="532"/>
        <source>The Bureau validated the note: the letter can be issued</source>
        <translation>El Buró validó la nota: se puede emitir la carta</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="534"/>
        <source>The STC&apos;s assessment is stale: the concept note changed after it was assessed</source>
        <translation>La evaluación del CCT está caducada: la nota conceptual cambió después de ser evaluada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="535"/>
        <source>The STC&apos;s assessment of %1 is stale: the concept note changed after it was assessed; a letter needs a current assessment</source>
        <translation>La evaluación del CCT de %1 está caducada: la nota conceptual cambió después de ser evaluada; una carta necesita una evaluación vigente</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="537"/>
        <source>The concept note %1 has been submitted: it is read-only to its task force until the Secretariat returns it</source>
        <translation>La nota conceptual %1 se ha presentado: es de solo lectura para su grupo de trabajo hasta que la Secretaría la devuelva</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="539"/>
        <source>The concept note has been submitted: it is read-only to its task force until the Secretariat returns it</source>
        <translation>La nota conceptual se ha presentado: es de solo lectura para su grupo de trabajo hasta que la Secretaría la devuelva</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="541"/>
        <source>The database %1 cannot be written (the file or its folder is read-only): nothing was changed. Give yourself write access, or copy it to a folder you can write to.</source>
        <translation>La base %1 no se puede escribir (el archivo o su carpeta son de solo lectura): no se cambió nada. Dese permiso de escritura o cópiela a una carpeta donde pueda escribir.</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="542"/>
        <source>The database %1 could not be read or written (%2); nothing was changed by this step. Check the disk or USB stick it is on.</source>
        <translation>La base %1 no se pudo leer ni escribir (%2); este paso no cambió nada. Revise el disco o la memoria USB donde está.</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="543"/>
        <source>The database %1 is busy: another SIC Desktop (an import or export?) is writing to it. Nothing was changed by this step; do it again when the other has finished.</source>
        <translation>La base %1 está ocupada: otro SIC Desktop (¿una importación o exportación?) está escribiendo en ella. Este paso no cambió nada; repítalo cuando el otro haya terminado.</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="544"/>
        <source>The database %1 is damaged (%2); nothing was written to it. Its last good backup is %3: restore it with `sic-desktop --db %1 backup restore %3`.</source>
        <translation>La base %1 está dañada (%2); no se escribió nada en ella. Su última copia de seguridad sana es %3: restáurela con `sic-desktop --db %1 backup restore %3`.</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="545"/>
        <source>The database %1 is damaged (%2); nothing was written to it. No sound backup of it was found: keep the file and ask the Executive Secretariat for help.</source>
        <translation>La base %1 está dañada (%2); no se escribió nada en ella. No se encontró ninguna copia de seguridad sana: conserve el archivo y pida ayuda a la Secretaría Ejecutiva.</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="546"/>
        <source>The database %1 was deleted or moved while SIC Desktop had it open. To keep your work safe nothing more is written: this step was not saved. Put the file back (or restore a backup) and open SIC Desktop again.</source>
        <translation>La base %1 se eliminó o se movió mientras SIC Desktop la tenía abierta. Para proteger su trabajo no se escribe nada más: este paso no se guardó. Vuelva a poner el archivo (o restaure una copia de seguridad) y abra SIC Desktop de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="547"/>
        <source>The database %1 was replaced by another file while SIC Desktop had it open. To keep your work safe nothing more is written: this step was not saved. Open SIC Desktop again to work on the file now there.</source>
        <translation>La base %1 fue sustituida por otro archivo mientras SIC Desktop la tenía abierta. Para proteger su trabajo no se escribe nada más: este paso no se guardó. Abra SIC Desktop de nuevo para trabajar con el archivo que hay ahora.</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="548"/>
        <source>The disk holding %1 is full: nothing was changed by this step. Free some space and do it again.</source>
        <translation>El disco que contiene %1 está lleno: este paso no cambió nada. Libere espacio y repítalo.</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="549"/>
        <source>The horizon must be at least %1 days</source>
        <translation>El horizonte debe ser de al menos %1 días</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="552"/>
        <source>The mapping file %1 cannot be read (%2)</source>
        <translation>El archivo de correspondencias %1 no se puede leer (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="554"/>
        <source>The score for criterion %1 must be between %2 and %3 (found %4)</source>
        <translation>La puntuación del criterio %1 debe estar entre %2 y %3 (se encontró %4)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="555"/>
        <source>The signatory needs a name</source>
        <translation>El firmante necesita un nombre</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="557"/>
        <source>This %1 cannot be recorded: %2</source>
        <translation>No se puede registrar este/a %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="558"/>
        <source>This assessment already scores criterion %1: change that score instead</source>
        <translation>Esta evaluación ya puntúa el criterio %1: cambie esa puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="562"/>
        <source>Would add %1, change %2, leave %3 as they are</source>
        <translation>Añadiría %1, cambiaría %2, dejaría %3 como están</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="564"/>
        <source>a concept note&apos;s status follows its records: the master copy writes it</source>
        <translation>el estado de una nota conceptual sigue sus registros: lo escribe la copia maestra</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="565"/>
        <source>a full proposal follows an expression of interest; %1 is %2 (%3)</source>
        <translation>una propuesta completa sigue a una manifestación de interés; %1 está %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="566"/>
        <source>a full proposal was prepared for a funder</source>
        <translation>se preparó una propuesta completa para un financiador</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="568"/>
        <source>a new concept note starts as a draft</source>
        <translation>una nota conceptual nueva empieza como borrador</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="569"/>
        <source>a note is returned before the Bureau decides on it; %1 is %2</source>
        <translation>una nota se devuelve antes de que decida el Buró; %1 está %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="570"/>
        <source>a number is too large to be finite</source>
        <translation>un número es demasiado grande para ser finito</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="571"/>
        <source>a status is taken by hand only to submit or return a note; %1 follows from the records</source>
        <translation>un estado se toma a mano solo para presentar o devolver una nota; %1 se deduce de los registros</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="572"/>
        <source>a task force submits its notes; returning one and the rest of a note&apos;s history are the Secretariat&apos;s</source>
        <translation>un grupo de trabajo presenta sus notas; devolver una y el resto del historial de una nota corresponden a la Secretaría</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="573"/>
        <source>action plan &quot;%1&quot; has no indicators yet</source>
        <translation>el plan de acción «%1» aún no tiene indicadores</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="574"/>
        <source>activity</source>
        <translation>actividad</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="575"/>
        <source>an Excel workbook (.xlsx)</source>
        <translation>un libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="576"/>
        <source>an OpenDocument spreadsheet (.ods)</source>
        <translation>una hoja de cálculo OpenDocument (.ods)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="578"/>
        <source>an agreement follows a full proposal; %1 is %2 (%3)</source>
        <translation>un convenio sigue a una propuesta completa; %1 está %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="579"/>
        <source>an agreement was signed on %1</source>
        <translation>se firmó un convenio el %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="580"/>
        <source>an assessment&apos;s pin to the content it assessed is never changed</source>
        <translation>el vínculo de una evaluación con el contenido evaluado nunca cambia</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="581"/>
        <source>an expression of interest follows the Bureau&apos;s validation; %1 is %2 (%3)</source>
        <translation>una manifestación de interés sigue a la validación del Buró; %1 está %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="582"/>
        <source>an expression of interest went to a funder</source>
        <translation>se envió una manifestación de interés a un financiador</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="583"/>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="584"/>
        <source>cell %1 %2</source>
        <translation>celda %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="585"/>
        <source>cell %1 is before the start</source>
        <translation>celda %1: la fecha es anterior al inicio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="586"/>
        <source>cell %1: %2</source>
        <translation>celda %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="588"/>
        <source>change %1 deletes the %2 %3 having seen change %4, which is not another copy&apos;s change of that record: the bundle was refused</source>
        <translation>el cambio %1 elimina %2 %3 habiendo visto el cambio %4, que no es un cambio de ese registro hecho por otra copia: el paquete fue rechazado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="589"/>
        <source>change %1 edits the %2 %3, which the master copy does not have</source>
        <translation>el cambio %1 edita %2 %3, que la copia maestra no tiene</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="590"/>
        <source>change %1 of site %2: the %3 %4 refers (%5) to %6 %7, which this copy does not have and the bundle does not bring; nothing was applied</source>
        <translation>cambio %1 del sitio %2: %3 %4 hace referencia (%5) a %6 %7, que esta copia no tiene y el paquete no trae; no se aplicó nada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="591"/>
        <source>change %1: %2.%3 may not be empty</source>
        <translation>cambio %1: %2.%3 no puede estar vacío</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="592"/>
        <source>change %1: %2: %3 %4</source>
        <translation>cambio %1: %2: %3 %4</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="593"/>
        <source>change %1: the %2 %3: %4 %5</source>
        <translation>cambio %1: %2 %3: %4 %5</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="594"/>
        <source>change %1: the new %2 %3 refers to %4 %5, which does not exist</source>
        <translation>cambio %1: el nuevo registro %2 %3 hace referencia a %4 %5, que no existe</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="595"/>
        <source>concept note %1 has been submitted: it is read-only to its task force until the Secretariat returns it</source>
        <translation>la nota conceptual %1 se ha presentado: es de solo lectura para su grupo de trabajo hasta que la Secretaría la devuelva</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="596"/>
        <source>current: it assessed version %1, the note as it is now</source>
        <translation>vigente: evaluó la versión %1, la nota tal como está</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="597"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="598"/>
        <source>date and time</source>
        <translation>fecha y hora</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="599"/>
        <source>day/month/year</source>
        <translation>día/mes/año</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="600"/>
        <source>deadline: %1, %2</source>
        <translation>fecha límite: %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="601"/>
        <source>done: %1 &quot;%2&quot; of %3</source>
        <translation>hecho: %1 «%2» del %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="602"/>
        <source>done: %1, %2 recorded at the TF meeting of %3</source>
        <translation>hecho: %1, %2 registrados en la reunión del grupo de trabajo del %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="603"/>
        <source>every required part is filled in: its task force can submit it</source>
        <translation>todas las partes obligatorias están completas: su grupo de trabajo puede presentarla</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="604"/>
        <source>extension-less</source>
        <translation>sin extensión</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="605"/>
        <source>holds %1 characters; a cell holds at most %2</source>
        <translation>contiene %1 caracteres; una celda contiene como máximo %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="606"/>
        <source>install LibreOffice Writer (on Debian or Ubuntu: sudo apt install libreoffice-writer)</source>
        <translation>instale LibreOffice Writer (en Debian o Ubuntu: sudo apt install libreoffice-writer)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="607"/>
        <source>install LibreOffice from libreoffice.org (it goes to C:\Program Files\LibreOffice)</source>
        <translation>instale LibreOffice desde libreoffice.org (se instala en C:\Program Files\LibreOffice)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="608"/>
        <source>install LibreOffice from libreoffice.org into Applications</source>
        <translation>instale LibreOffice desde libreoffice.org en Aplicaciones</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="609"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="610"/>
        <source>letters of support are issued by the Secretariat</source>
        <translation>las cartas de apoyo las emite la Secretaría</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="611"/>
        <source>may not be negative (found %1)</source>
        <translation>no puede ser negativo (encontrado: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="612"/>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="613"/>
        <source>month/day/year</source>
        <translation>mes/día/año</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="614"/>
        <source>more than %1</source>
        <translation>más de %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="615"/>
        <source>must be a date such as 2025-03-31 (found %1)</source>
        <translation>debe ser una fecha como 2025-03-31 (encontrado: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="616"/>
        <source>must be a number (found %1)</source>
        <translation>debe ser un número (encontrado: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="617"/>
        <source>must be a whole number (found %1)</source>
        <translation>debe ser un número entero (encontrado: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="618"/>
        <source>must be at least 1 (found %1)</source>
        <translation>debe ser al menos 1 (encontrado: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="619"/>
        <source>no %1 with this ID in task force %2</source>
        <translation>ningún(a) %1 con este ID en el grupo de trabajo %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="620"/>
        <source>no TF leaders&apos; meeting (the %1) recorded in the step&apos;s window</source>
        <translation>ninguna reunión de líderes de grupos de trabajo (%1) registrada en el periodo de la etapa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="621"/>
        <source>no TF meeting recorded in this cycle</source>
        <translation>ninguna reunión del grupo de trabajo registrada en este ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="622"/>
        <source>no action plan recorded in this cycle</source>
        <translation>ningún plan de acción registrado en este ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="623"/>
        <source>no activity recorded in this cycle&apos;s inventory</source>
        <translation>ninguna actividad registrada en el inventario de este ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="624"/>
        <source>no agreement signed: no project to implement</source>
        <translation>ningún convenio firmado: ningún proyecto que ejecutar</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="625"/>
        <source>no candidacy for TFL or TFRR recorded in this cycle</source>
        <translation>ninguna candidatura a TFL o TFRR registrada en este ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="626"/>
        <source>no column holds %1; name one with --map &quot;Your title=%1&quot; or choose it in the mapping step</source>
        <translation>ninguna columna contiene %1; nombre una con --map &quot;Su título=%1&quot; o elíjala en el paso de correspondencia</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="627"/>
        <source>no concept note recorded in this cycle</source>
        <translation>ninguna nota conceptual registrada en este ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="628"/>
        <source>no concept note validated by the Bureau: nothing to seek funding for</source>
        <translation>ninguna nota conceptual validada por el Buró: nada que financiar</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="629"/>
        <source>no exchange with the Secretariat recorded for this step</source>
        <translation>ningún intercambio con la Secretaría registrado para esta etapa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="630"/>
        <source>no expression of interest sent yet</source>
        <translation>aún no se envió ninguna manifestación de interés</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="631"/>
        <source>no full proposal to negotiate</source>
        <translation>ninguna propuesta completa que negociar</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="632"/>
        <source>no funder asked for a full proposal</source>
        <translation>ningún financiador pidió una propuesta completa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="633"/>
        <source>no keyring works on this machine, so the key of site %1 is kept in %2, encrypted: give its passphrase (or set %3)</source>
        <translation>ningún llavero del sistema funciona en esta computadora, así que la clave del sitio %1 se guarda en %2, cifrada: indique su frase de contraseña (o defina %3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="634"/>
        <source>no members recorded</source>
        <translation>ningún miembro registrado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="635"/>
        <source>no progress report for this cycle</source>
        <translation>ningún informe de avance para este ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="636"/>
        <source>no project team meeting or draft concept note in this cycle</source>
        <translation>ninguna reunión de equipo de proyecto ni borrador de nota conceptual en este ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="637"/>
        <source>no rule for this step</source>
        <translation>ninguna regla para esta etapa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="638"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="639"/>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="640"/>
        <source>objectives and activities alike (%1 of 100), both about %2</source>
        <translation>objetivos y actividades parecidos (%1 de 100), ambos sobre %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="641"/>
        <source>only a complete note can be submitted; %1 still lacks: %2</source>
        <translation>solo se puede presentar una nota completa; a %1 aún le falta: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="642"/>
        <source>only the Secretariat returns a submitted note to its task force</source>
        <translation>solo la Secretaría devuelve una nota presentada a su grupo de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="643"/>
        <source>redo %1</source>
        <translation>rehacer %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="644"/>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="645"/>
        <source>row %1: %2 is %3, already known</source>
        <translation>fila %1: %2 es %3, ya conocido</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="646"/>
        <source>same acronym: %1</source>
        <translation>mismo acrónimo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="647"/>
        <source>same countries: %1</source>
        <translation>mismos países: %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="648"/>
        <source>same partner organisations: %1</source>
        <translation>mismas organizaciones socias: %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="649"/>
        <source>stale: it assessed version %1; the concept note has changed since (now version %2)</source>
        <translation>caducada: evaluó la versión %1; la nota conceptual cambió desde entonces (ahora versión %2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="650"/>
        <source>step %1: %2</source>
        <translation>etapa %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="651"/>
        <source>still missing: %1</source>
        <translation>aún falta: %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="652"/>
        <source>submitted by its task force: waiting for the STC&apos;s assessment</source>
        <translation>presentada por su grupo de trabajo: a la espera de la evaluación del CCT</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="653"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="654"/>
        <source>the %1</source>
        <translation>el %1</translation>
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
            <numerusform>%n fila escrita en %1</numerusform>
            <numerusform>%n filas escritas en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="734"/>
        <source>done: %n agreement(s)</source>
        <translation>
            <numerusform>hecho: %n convenio</numerusform>
            <numerusform>hecho: %n convenios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="735"/>
        <source>done: %n candidate(s) approved by the Governing Board</source>
        <translation>
            <numerusform>hecho: %n candidatura aprobada por el Consejo de Administración</numerusform>
            <numerusform>hecho: %n candidaturas aprobadas por el Consejo de Administración</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="736"/>
        <source>done: %n draft concept note(s)</source>
        <translation>
            <numerusform>hecho: %n borrador de nota conceptual</numerusform>
            <numerusform>hecho: %n borradores de notas conceptuales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="737"/>
        <source>done: %n expression(s) of interest sent to funders</source>
        <translation>
            <numerusform>hecho: %n manifestación de interés enviada a financiadores</numerusform>
            <numerusform>hecho: %n manifestaciones de interés enviadas a financiadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="738"/>
        <source>done: %n full proposal(s)</source>
        <translation>
            <numerusform>hecho: %n propuesta completa</numerusform>
            <numerusform>hecho: %n propuestas completas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="739"/>
        <source>done: %n inventory item(s) recorded in this cycle</source>
        <translation>
            <numerusform>hecho: %n elemento del inventario registrado en este ciclo</numerusform>
            <numerusform>hecho: %n elementos del inventario registrados en este ciclo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="740"/>
        <source>done: %n member(s) (%1)</source>
        <translation>
            <numerusform>hecho: %n miembro (%1)</numerusform>
            <numerusform>hecho: %n miembros (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="741"/>
        <source>done: %n progress report(s) for this cycle</source>
        <translation>
            <numerusform>hecho: %n informe de avance para este ciclo</numerusform>
            <numerusform>hecho: %n informes de avance para este ciclo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="742"/>
        <source>done: %n project(s) under way</source>
        <translation>
            <numerusform>hecho: %n proyecto en curso</numerusform>
            <numerusform>hecho: %n proyectos en curso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="743"/>
        <source>done: action plan &quot;%1&quot; with %n indicator(s)</source>
        <translation>
            <numerusform>hecho: plan de acción «%1» con %n indicador</numerusform>
            <numerusform>hecho: plan de acción «%1» con %n indicadores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="656"/>
        <source>the %1 %2 no longer exists</source>
        <translation>%1 %2 ya no existe</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="658"/>
        <source>the %1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="663"/>
        <source>the JSON</source>
        <translation>el JSON</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="664"/>
        <source>the JSON lines</source>
        <translation>las líneas JSON</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="670"/>
        <source>the bundle</source>
        <translation>el paquete</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="677"/>
        <source>the end is before the start</source>
        <translation>el final es anterior al inicio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="678"/>
        <source>the import</source>
        <translation>la importación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="680"/>
        <source>the key %1 appears twice in one object</source>
        <translation>la clave %1 aparece dos veces en un mismo objeto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="681"/>
        <source>the key file %1 of site %2 cannot be opened: wrong passphrase, or the file is damaged</source>
        <translation>el archivo de clave %1 del sitio %2 no se puede abrir: frase de contraseña incorrecta, o el archivo está dañado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="682"/>
        <source>the key for site %1 is missing; re-enrol this copy with the Secretariat (it is neither in the keyring nor in %2)</source>
        <translation>falta la clave del sitio %1; vuelva a inscribir esta copia con la Secretaría (no está ni en el llavero del sistema ni en %2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="683"/>
        <source>the key handover file</source>
        <translation>el archivo de traspaso de clave</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="684"/>
        <source>the key of site %1 is still here; a new one is made only when it is lost</source>
        <translation>la clave del sitio %1 sigue aquí; solo se crea una nueva cuando se pierde</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="685"/>
        <source>the keyring did not keep the new key of site %1</source>
        <translation>el llavero del sistema no conservó la nueva clave del sitio %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="686"/>
        <source>the keyring entry for site %1 is not a SIC Desktop key; re-enrol</source>
        <translation>la entrada del llavero del sistema para el sitio %1 no es una clave de SIC Desktop; vuelva a inscribirse</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="689"/>
        <source>the master bundle&apos;s trust registry is malformed</source>
        <translation>el registro de confianza del paquete maestro está mal formado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="690"/>
        <source>the new %1 %2 lacks %3</source>
        <translation>al nuevo registro %1 %2 le falta %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="691"/>
        <source>the new key in %1</source>
        <translation>la nueva clave en %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="693"/>
        <source>the public key file</source>
        <translation>el archivo de clave pública</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="694"/>
        <source>the signature of %1 does not match: it was altered, or signed by another key</source>
        <translation>la firma de %1 no coincide: fue alterado, o firmado con otra clave</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="695"/>
        <source>the signature of %1 is damaged (%2 bytes, not 64)</source>
        <translation>la firma de %1 está dañada (%2 bytes, no 64)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="696"/>
        <source>the template %1 cannot be filled: %2. `sic-desktop documents check-template` names what is wrong.</source>
        <translation>la plantilla %1 no se puede rellenar: %2. `sic-desktop documents check-template` indica qué está mal.</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="697"/>
        <source>the template %1 is not a Word document (.docx): %2</source>
        <translation>la plantilla %1 no es un documento de Word (.docx): %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="701"/>
        <source>this ID appears on an earlier row too</source>
        <translation>este ID también aparece en una fila anterior</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="705"/>
        <source>undo %1</source>
        <translation>deshacer %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="706"/>
        <source>unknown %1 %2; known: %3</source>
        <translation>%1 desconocido(a) %2; conocidos: %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="707"/>
        <source>whole number</source>
        <translation>número entero</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="708"/>
        <source>yes/no value</source>
        <translation>valor sí/no</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="58"/>
        <source>New %1</source>
        <translation>Nuevo registro: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="128"/>
        <source>Discard what you typed for this new record?</source>
        <translation>¿Descartar lo que escribió para este nuevo registro?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="130"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="132"/>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../ui/documents.py" line="26"/>
        <source>Word document (*.docx)</source>
        <translation>Documento de Word (*.docx)</translation>
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
        <translation>Archivo guardado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="79"/>
        <source>Writing the document...</source>
        <translation>Generando el documento...</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="91"/>
        <source>Print minutes...</source>
        <translation>Imprimir el acta...</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="93"/>
        <source>Minutes as Word...</source>
        <translation>Acta en Word...</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="98"/>
        <source>Word document...</source>
        <translation>Documento Word...</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="100"/>
        <source>Letter of support...</source>
        <translation>Carta de apoyo...</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="101"/>
        <source>The letter filed with a validated concept note (issued now if it has none)</source>
        <translation>La carta archivada con una nota conceptual validada (se emite ahora si aún no tiene)</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="159"/>
        <source>Save the document</source>
        <translation>Guardar el documento</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="184"/>
        <source>Open a meeting first.</source>
        <translation>Abra primero una reunión.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="185"/>
        <source>Open a concept note first.</source>
        <translation>Abra primero una nota conceptual.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="259"/>
        <source>Writing the official list...</source>
        <translation>Redactando la lista oficial...</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="204"/>
        <source>Annual progress report</source>
        <translation>Informe anual de progreso</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="211"/>
        <source>Save the official list</source>
        <translation>Guardar la lista oficial</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="216"/>
        <source>Official list of leaders and representatives</source>
        <translation>Lista oficial de TFL y TFRR</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="229"/>
        <source>There is no cycle yet.</source>
        <translation>Todavía no hay ningún ciclo.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="231"/>
        <source>Which cycle?</source>
        <translation>¿Qué ciclo?</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="200"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="249"/>
        <source>Writing the report...</source>
        <translation>Generando el informe...</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="298"/>
        <source>Converting to PDF with LibreOffice</source>
        <translation>Convirtiendo a PDF con LibreOffice</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="299"/>
        <source>Counting the cycle&apos;s records</source>
        <translation>Contando los registros del ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="300"/>
        <source>Filling the template</source>
        <translation>Rellenando la plantilla</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="301"/>
        <source>Finding the letter of support</source>
        <translation>Buscando la carta de apoyo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="302"/>
        <source>Reading the Governing Board&apos;s approvals</source>
        <translation>Leyendo las aprobaciones del Consejo de Administración</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="303"/>
        <source>Reading the concept note</source>
        <translation>Leyendo la nota conceptual</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="304"/>
        <source>Reading the meeting</source>
        <translation>Leyendo la reunión</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="305"/>
        <source>Writing the letter</source>
        <translation>Redactando la carta</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="306"/>
        <source>Written</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="44"/>
        <source>Something went wrong inside SIC Desktop (a bug, not your mistake). The step that failed was not saved; the work saved before it is safe. Please open the details with the button below and send them to the Executive Secretariat.</source>
        <translation>Algo falló dentro de SIC Desktop (un error del programa, no suyo). El paso que falló no se guardó; el trabajo guardado antes está a salvo. Abra los detalles con el botón de abajo y envíelos a la Secretaría Ejecutiva.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62"/>
        <source>SIC Desktop</source>
        <translation>SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="66"/>
        <source>Error message</source>
        <translation>Mensaje de error</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../ui/words.py" line="12"/>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="13"/>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="14"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="15"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="16"/>
        <source>Adaptation co-benefits</source>
        <translation>Cobeneficios para la adaptación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="17"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="18"/>
        <source>Amount requested</source>
        <translation>Monto solicitado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="19"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="20"/>
        <source>Answered on</source>
        <translation>Fecha de respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="21"/>
        <source>Area (ha)</source>
        <translation>Superficie (ha)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="22"/>
        <source>Assessed on</source>
        <translation>Fecha de evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="23"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="24"/>
        <source>Assessor</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="25"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="26"/>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="27"/>
        <source>Beneficiaries</source>
        <translation>Beneficiarios</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="28"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="29"/>
        <source>Call</source>
        <translation>Convocatoria</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="30"/>
        <source>Candidate funders</source>
        <translation>Financiadores potenciales</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="31"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="32"/>
        <source>Choice</source>
        <translation>Elección</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="33"/>
        <source>Co-financing (cash)</source>
        <translation>Cofinanciación (en efectivo)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="34"/>
        <source>Co-financing (in kind)</source>
        <translation>Cofinanciación (en especie)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="35"/>
        <source>Co-financing source</source>
        <translation>Fuente de cofinanciación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="36"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="37"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="38"/>
        <source>Concept note</source>
        <translation>Nota conceptual</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="39"/>
        <source>Content fingerprint</source>
        <translation>Huella del contenido</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="40"/>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="41"/>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="42"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="43"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="44"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="45"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="46"/>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="47"/>
        <source>Cycle recorded in</source>
        <translation>Ciclo de registro</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="48"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="49"/>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="50"/>
        <source>Decided on</source>
        <translation>Fecha de decisión</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="51"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="52"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="53"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="54"/>
        <source>Document hash</source>
        <translation>Huella del documento</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="55"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="56"/>
        <source>Duration (months)</source>
        <translation>Duración (meses)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="57"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="58"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="59"/>
        <source>Expected SOC change (t C/ha/yr)</source>
        <translation>Cambio esperado del COS (t C/ha/año)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="60"/>
        <source>Expertise</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="61"/>
        <source>Food security co-benefits</source>
        <translation>Cobeneficios para la seguridad alimentaria</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="62"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="63"/>
        <source>From meeting</source>
        <translation>Reunión de origen</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="64"/>
        <source>Frozen on</source>
        <translation>Congelado el</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="65"/>
        <source>Full proposal</source>
        <translation>Propuesta completa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="66"/>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="67"/>
        <source>Goal</source>
        <translation>Objetivo general</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="68"/>
        <source>Governing Board decision</source>
        <translation>Decisión del Consejo de Administración</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="69"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="70"/>
        <source>Highest score</source>
        <translation>Puntuación más alta</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="71"/>
        <source>How measured (MRV)</source>
        <translation>Forma de medición (MRV)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="72"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="73"/>
        <source>Item</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="74"/>
        <source>Key players listed</source>
        <translation>Actores clave mencionados</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="75"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="76"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="77"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="78"/>
        <source>Lead organisation</source>
        <translation>Organización líder</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="79"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="80"/>
        <source>Lowest score</source>
        <translation>Puntuación más baja</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="81"/>
        <source>Measured on</source>
        <translation>Fecha de medición</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="82"/>
        <source>Measurement, reporting and verification</source>
        <translation>Medición, reporte y verificación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="83"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="84"/>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="85"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="86"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="87"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="88"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="89"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="90"/>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="91"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="92"/>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="93"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="94"/>
        <source>Other concept note</source>
        <translation>Otra nota conceptual</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="95"/>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="96"/>
        <source>Output</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="97"/>
        <source>Outputs</source>
        <translation>Productos</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="98"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="99"/>
        <source>Partner of the Initiative</source>
        <translation>Socio de la Iniciativa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="100"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="101"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="102"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="103"/>
        <source>Position</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="104"/>
        <source>Preferred role</source>
        <translation>Función preferida</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="105"/>
        <source>Problem and barriers</source>
        <translation>Problema y barreras</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="106"/>
        <source>Profile URL</source>
        <translation>Perfil (URL)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="107"/>
        <source>Project idea</source>
        <translation>Idea de proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="108"/>
        <source>Project team</source>
        <translation>Equipo de proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="109"/>
        <source>Project team leader</source>
        <translation>Líder del equipo de proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="110"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="111"/>
        <source>Reference number</source>
        <translation>Número de referencia</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="112"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="113"/>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="114"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="115"/>
        <source>Risks and mitigation</source>
        <translation>Riesgos y mitigación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="116"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="117"/>
        <source>Role in the team</source>
        <translation>Función en el equipo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="118"/>
        <source>SDG alignment (2, 13, 15)</source>
        <translation>Alineación con los ODS (2, 13, 15)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="119"/>
        <source>Safeguards</source>
        <translation>Salvaguardas</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="120"/>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="121"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="122"/>
        <source>Secretariat proposal</source>
        <translation>Propuesta de la Secretaría</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="123"/>
        <source>Sent on</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="124"/>
        <source>Serves task force</source>
        <translation>Grupo de trabajo al que contribuye</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="125"/>
        <source>Signed by</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="126"/>
        <source>Signed on</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="127"/>
        <source>Soil-carbon actions</source>
        <translation>Acciones para el carbono del suelo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="128"/>
        <source>Sponsor</source>
        <translation>Patrocinador</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="129"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="130"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="131"/>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="132"/>
        <source>Submitted on</source>
        <translation>Fecha de presentación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="133"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="134"/>
        <source>Sustainability and scaling</source>
        <translation>Sostenibilidad y ampliación de escala</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="135"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="136"/>
        <source>Target 2030</source>
        <translation>Meta 2030</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="137"/>
        <source>Target 2050</source>
        <translation>Meta 2050</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="138"/>
        <source>Target this cycle</source>
        <translation>Meta para este ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="139"/>
        <source>Task force</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="140"/>
        <source>Task force objective(s)</source>
        <translation>Objetivo(s) del grupo de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="141"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="142"/>
        <source>Theory of change</source>
        <translation>Teoría del cambio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="143"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="144"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="145"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="146"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="147"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="148"/>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="149"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="150"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="151"/>
        <source>Version assessed</source>
        <translation>Versión evaluada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="152"/>
        <source>Web site</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="153"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="154"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="155"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="156"/>
        <source>Who acts</source>
        <translation>Quién actúa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="157"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="158"/>
        <source>Why qualified</source>
        <translation>Justificación de la idoneidad</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="159"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
</context>
<context>
    <name>helpmenu</name>
    <message>
        <location filename="../../ui/helpmenu.py" line="64"/>
        <source>About SIC Desktop</source>
        <translation>Acerca de SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/helpmenu.py" line="64"/>
        <source>&lt;p&gt;&lt;b&gt;SIC Desktop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;SIC Desktop keeps the 4 per 1000 Initiative&apos;s Strategy Implementation Cycle offline: task forces, members, inventories, meetings, concept notes and funding, with signed bundles to and from the Executive Secretariat.&lt;/p&gt;&lt;p&gt;MIT License.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SIC Desktop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;SIC Desktop lleva sin conexión el Ciclo de Implementación de la Estrategia de la Iniciativa 4 por 1000: grupos de trabajo, miembros, inventarios, reuniones, notas conceptuales y financiación, con paquetes firmados hacia y desde la Secretaría Ejecutiva.&lt;/p&gt;&lt;p&gt;Licencia MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/helpmenu.py" line="84"/>
        <source>Diagnostic information copied: paste it into your e-mail to the Secretariat</source>
        <translation>Información de diagnóstico copiada: péguela en su correo a la Secretaría</translation>
    </message>
    <message>
        <location filename="../../ui/helpmenu.py" line="92"/>
        <source>&amp;About SIC Desktop</source>
        <translation>&amp;Acerca de SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/helpmenu.py" line="94"/>
        <source>Open the &amp;log folder</source>
        <translation>Abrir la carpeta del &amp;registro</translation>
    </message>
    <message>
        <location filename="../../ui/helpmenu.py" line="95"/>
        <source>&amp;Copy diagnostic information</source>
        <translation>&amp;Copiar la información de diagnóstico</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../ui/history.py" line="31"/>
        <source>shipped with the program</source>
        <translation>incluido con el programa</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="37"/>
        <source>(created)</source>
        <translation>(creación)</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="39"/>
        <source>(trash)</source>
        <translation>(papelera)</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../ui/sync/jobs.py" line="35"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>key statuses</name>
    <message>
        <location filename="../../ui/sync/codes.py" line="68"/>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="69"/>
        <source>revoked</source>
        <translation>revocada</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../../ui/areas.py" line="80"/>
        <source>Memberships</source>
        <translation>Membresías</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="81"/>
        <source>Candidacies</source>
        <translation>Candidaturas</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="82"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="83"/>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="84"/>
        <source>Key players</source>
        <translation>Actores clave</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="85"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="86"/>
        <source>Further task forces served</source>
        <translation>Otros grupos de trabajo a los que contribuye</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="87"/>
        <source>Action plans</source>
        <translation>Planes de acción</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="88"/>
        <location filename="../../ui/areas.py" line="121"/>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="89"/>
        <location filename="../../ui/areas.py" line="117"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="90"/>
        <source>Measured values</source>
        <translation>Valores medidos</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="91"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="92"/>
        <source>Project ideas</source>
        <translation>Ideas de proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="93"/>
        <source>Project teams</source>
        <translation>Equipos de proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="94"/>
        <source>Concept notes</source>
        <translation>Notas conceptuales</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="95"/>
        <source>STC assessments</source>
        <translation>Evaluaciones del CCT</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="96"/>
        <source>Bureau validations</source>
        <translation>Validaciones del Buró</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="97"/>
        <source>Letters of support</source>
        <translation>Cartas de apoyo</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="98"/>
        <source>Funders</source>
        <translation>Financiadores</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="99"/>
        <source>Funding opportunities</source>
        <translation>Oportunidades de financiación</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="100"/>
        <source>Expressions of interest</source>
        <translation>Expresiones de interés</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="101"/>
        <source>Full proposals</source>
        <translation>Propuestas completas</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="102"/>
        <source>Agreements</source>
        <translation>Convenios</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="103"/>
        <source>Progress reports</source>
        <translation>Informes de progreso</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="104"/>
        <source>Goals</source>
        <translation>Objetivos generales</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="105"/>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="106"/>
        <source>Task forces</source>
        <translation>Grupos de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="107"/>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="108"/>
        <source>Organisation types</source>
        <translation>Tipos de organización</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="109"/>
        <source>STC criteria</source>
        <translation>Criterios del CCT</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="110"/>
        <source>Cycles</source>
        <translation>Ciclos</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="111"/>
        <source>Steps</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="112"/>
        <source>Step windows</source>
        <translation>Periodos de las etapas</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="113"/>
        <source>Roles</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="114"/>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="115"/>
        <source>Work plan</source>
        <translation>Plan de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="116"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="118"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="119"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="120"/>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="122"/>
        <source>Team members</source>
        <translation>Miembros del equipo</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="123"/>
        <source>Scores per criterion</source>
        <translation>Puntuaciones por criterio</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <location filename="../../ui/overview_grid.py" line="25"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location filename="../../ui/overview_grid.py" line="25"/>
        <source>due</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../../ui/overview_grid.py" line="26"/>
        <source>late</source>
        <translation>con retraso</translation>
    </message>
    <message>
        <location filename="../../ui/overview_grid.py" line="26"/>
        <source>not started</source>
        <translation>no iniciado</translation>
    </message>
    <message>
        <location filename="../../ui/overview_grid.py" line="27"/>
        <source>not applicable</source>
        <translation>no aplicable</translation>
    </message>
    <message>
        <location filename="../../ui/overview_grid.py" line="36"/>
        <source>no window planned</source>
        <translation>ningún periodo previsto</translation>
    </message>
    <message>
        <location filename="../../ui/overview_grid.py" line="37"/>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <location filename="../../ui/overview_grid.py" line="78"/>
        <source>%1, step %2 (%3): %4</source>
        <translation>%1, etapa %2 (%3): %4</translation>
    </message>
    <message>
        <location filename="../../ui/overview_grid.py" line="81"/>
        <source>Window: %1</source>
        <translation>Periodo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/overview_grid.py" line="110"/>
        <source>Step %1: %2</source>
        <translation>Etapa %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="37"/>
        <source>Cycle %1: the state of each step, as of %2</source>
        <translation>Ciclo %1: el estado de cada etapa al %2</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="58"/>
        <location filename="../../ui/overview_print.py" line="78"/>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="58"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="59"/>
        <source>From</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="59"/>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="62"/>
        <source>Closes</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="62"/>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="63"/>
        <source>Call</source>
        <translation>Convocatoria</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="66"/>
        <location filename="../../ui/overview_print.py" line="78"/>
        <source>Task force</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="66"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="67"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="67"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="68"/>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="68"/>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="69"/>
        <source>Concept notes</source>
        <translation>Notas conceptuales</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="69"/>
        <source>Assessed</source>
        <translation>Evaluadas</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="70"/>
        <source>Validated</source>
        <translation>Validadas</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="79"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../ui/overview_print.py" line="106"/>
        <source>Cycle overview %1</source>
        <translation>Vista general del ciclo %1</translation>
    </message>
</context>
<context>
    <name>participants</name>
    <message>
        <location filename="../../ui/editor/participants.py" line="30"/>
        <source>Add participants from the task force&apos;s members</source>
        <translation>Añadir participantes de entre los miembros del grupo de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants.py" line="32"/>
        <source>Filter by name</source>
        <translation>Filtrar por nombre</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants.py" line="35"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../../ui/editor/participants.py" line="69"/>
        <source>Add members...</source>
        <translation>Añadir miembros...</translation>
    </message>
</context>
<context>
    <name>parts</name>
    <message>
        <location filename="../../ui/editor/form.py" line="46"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/parts.py" line="170"/>
        <source>Add...</source>
        <translation>Añadir...</translation>
    </message>
    <message>
        <location filename="../../ui/editor/parts.py" line="172"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/parts.py" line="190"/>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <location filename="../../ui/editor/parts.py" line="246"/>
        <source>Totals - %1</source>
        <translation>Totales - %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/parts.py" line="338"/>
        <source>Delete rows</source>
        <translation>la eliminación de filas</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../../ui/sync/passphrase.py" line="29"/>
        <source>Passphrase of this site&apos;s key</source>
        <translation>Frase de contraseña de la clave de este sitio</translation>
    </message>
    <message>
        <location filename="../../ui/sync/passphrase.py" line="30"/>
        <source>No keyring works on this computer, so this site&apos;s key is kept in a file encrypted with a passphrase. Passphrase:</source>
        <translation>Ningún llavero del sistema funciona en esta computadora, así que la clave de este sitio se guarda en un archivo cifrado con una frase de contraseña. Frase de contraseña:</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../ui/printing.py" line="38"/>
        <source>No participants were recorded.</source>
        <translation>No se registró ningún participante.</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="51"/>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="51"/>
        <source>Task force</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="52"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="52"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="53"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="53"/>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="54"/>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="54"/>
        <source>Present</source>
        <translation>Presentes</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="55"/>
        <source>Apologies</source>
        <translation>Excusados</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="55"/>
        <source>Absent</source>
        <translation>Ausentes</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="56"/>
        <source>Invited, attendance not recorded</source>
        <translation>Invitados, asistencia no registrada</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="57"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="58"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="58"/>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="59"/>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="59"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="60"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="60"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="61"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="61"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="62"/>
        <source>Issued</source>
        <translation>Emitida el</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="74"/>
        <location filename="../../ui/printing.py" line="130"/>
        <source>Minutes: %1</source>
        <translation>Acta: %1</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../ui/words.py" line="164"/>
        <source>Bureau validation</source>
        <translation>validación del Buró</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="165"/>
        <source>STC assessment</source>
        <translation>evaluación del CCT</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="166"/>
        <source>STC criterion</source>
        <translation>criterio del CCT</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="167"/>
        <source>action item</source>
        <translation>acción</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="168"/>
        <source>action plan</source>
        <translation>plan de acción</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="169"/>
        <source>activity</source>
        <translation>actividad</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="170"/>
        <source>agenda item</source>
        <translation>punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="171"/>
        <source>agreement</source>
        <translation>convenio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="172"/>
        <source>budget line</source>
        <translation>partida presupuestaria</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="173"/>
        <source>candidacy</source>
        <translation>candidatura</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="174"/>
        <source>concept note</source>
        <translation>nota conceptual</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="175"/>
        <source>concept-note indicator</source>
        <translation>indicador de nota conceptual</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="176"/>
        <source>criterion score</source>
        <translation>puntuación por criterio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="177"/>
        <source>cycle</source>
        <translation>ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="178"/>
        <source>decision</source>
        <translation>decisión</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="179"/>
        <source>expression of interest</source>
        <translation>expresión de interés</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="180"/>
        <source>full proposal</source>
        <translation>propuesta completa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="181"/>
        <source>funder</source>
        <translation>financiador</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="182"/>
        <source>funding opportunity</source>
        <translation>oportunidad de financiación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="183"/>
        <source>goal</source>
        <translation>objetivo general</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="184"/>
        <source>indicator</source>
        <translation>indicador</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="185"/>
        <source>inventory baseline</source>
        <translation>línea de base del inventario</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="186"/>
        <source>key player</source>
        <translation>actor clave</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="187"/>
        <source>letter of support</source>
        <translation>carta de apoyo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="188"/>
        <source>measured value</source>
        <translation>valor medido</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="189"/>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="190"/>
        <source>meeting action item</source>
        <translation>acción de reunión</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="191"/>
        <source>membership</source>
        <translation>membresía</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="192"/>
        <source>objective</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="193"/>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="194"/>
        <source>organisation type</source>
        <translation>tipo de organización</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="195"/>
        <source>overlap choice</source>
        <translation>elección de solapamiento</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="196"/>
        <source>participant</source>
        <translation>participante</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="197"/>
        <source>partner</source>
        <translation>socio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="198"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="199"/>
        <source>progress report</source>
        <translation>informe de progreso</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="200"/>
        <source>project idea</source>
        <translation>idea de proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="201"/>
        <source>project team</source>
        <translation>equipo de proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="202"/>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="203"/>
        <source>role</source>
        <translation>función</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="204"/>
        <source>status change</source>
        <translation>cambio de estado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="205"/>
        <source>step</source>
        <translation>etapa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="206"/>
        <source>step window</source>
        <translation>periodo de etapa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="207"/>
        <source>task force</source>
        <translation>grupo de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="208"/>
        <source>task force served</source>
        <translation>grupo de trabajo al que contribuye</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="209"/>
        <source>team at the meeting</source>
        <translation>equipo en la reunión</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="210"/>
        <source>team member</source>
        <translation>miembro del equipo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="211"/>
        <source>work plan item</source>
        <translation>elemento del plan de trabajo</translation>
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
        <translation>Base de datos dañada</translation>
    </message>
    <message>
        <location filename="../../ui/recover.py" line="24"/>
        <source>The database %1 is damaged (%2). Nothing has been written to it.</source>
        <translation>La base %1 está dañada (%2). No se ha escrito nada en ella.</translation>
    </message>
    <message>
        <location filename="../../ui/recover.py" line="27"/>
        <source>No sound backup of it was found: keep the file and ask the Executive Secretariat for help.</source>
        <translation>No se encontró ninguna copia de seguridad sana: conserve el archivo y pida ayuda a la Secretaría Ejecutiva.</translation>
    </message>
    <message>
        <location filename="../../ui/recover.py" line="32"/>
        <source>Its last good backup is %1. Restore it? The damaged file is kept beside it, renamed.</source>
        <translation>Su última copia de seguridad sana es %1. ¿Restaurarla? El archivo dañado se conserva al lado, con otro nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/recover.py" line="35"/>
        <source>Restore the backup</source>
        <translation>Restaurar la copia</translation>
    </message>
    <message>
        <location filename="../../ui/recover.py" line="36"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../ui/sync/codes.py" line="58"/>
        <source>Secretariat</source>
        <translation>Secretaría</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="59"/>
        <source>regional</source>
        <translation>copia regional</translation>
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
        <translation>CCT</translation>
    </message>
</context>
<context>
    <name>spreadsheets</name>
    <message>
        <location filename="../../ui/sheet_import.py" line="60"/>
        <source>Which column is which?</source>
        <translation>¿Qué columna es cuál?</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_import.py" line="63"/>
        <source>Choose the field each column of %1 fills; the first rows are shown below.</source>
        <translation>Elija el campo que llena cada columna de %1; abajo se muestran las primeras filas.</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_import.py" line="72"/>
        <source>(not imported)</source>
        <translation>(no importada)</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_import.py" line="99"/>
        <source>Before importing %1</source>
        <translation>Antes de importar %1</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_import.py" line="103"/>
        <source>%1 will be added, %2 changed, %3 left as they are.</source>
        <translation>Se añadirán %1, se cambiarán %2, se dejarán %3 como están.</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_import.py" line="109"/>
        <source>Nothing can be imported. Problems found: %1.</source>
        <translation>No se puede importar nada. Problemas encontrados: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_import.py" line="116"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_import.py" line="116"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_import.py" line="117"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_import.py" line="117"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_import.py" line="125"/>
        <location filename="../../ui/spreadsheets.py" line="56"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_import.py" line="128"/>
        <source>Columns...</source>
        <translation>Columnas...</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="31"/>
        <source>Excel workbook (*.xlsx);;Text, comma-separated (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;Texto, separado por comas (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="33"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.ods *.xls)</source>
        <translation>Hojas de cálculo (*.xlsx *.xlsm *.csv *.ods *.xls)</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="57"/>
        <source>Into which task force?</source>
        <translation>¿En qué grupo de trabajo?</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="68"/>
        <source>Export to Excel</source>
        <translation>Exportar a Excel</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="81"/>
        <source>Wrote %1 rows to %2</source>
        <translation>%1 filas guardadas en %2</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="84"/>
        <source>Writing the workbook...</source>
        <translation>Escribiendo el libro...</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="91"/>
        <source>Import from Excel</source>
        <translation>Importar desde Excel</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="108"/>
        <source>Imported %1: %2</source>
        <translation>%1 importado: %2</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="113"/>
        <source>the import of %1</source>
        <translation>la importación de %1</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="116"/>
        <source>Importing the workbook (all or nothing)...</source>
        <translation>Importando el libro (todo o nada)...</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="136"/>
        <source>Import from a spreadsheet</source>
        <translation>Importar desde una hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="180"/>
        <source>Reading the file...</source>
        <translation>Leyendo el archivo...</translation>
    </message>
</context>
<context>
    <name>sync values</name>
    <message>
        <location filename="../../ui/rows.py" line="59"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../ui/rows.py" line="59"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../ui/undo.py" line="86"/>
        <source>Edit %1</source>
        <translation>la modificación: %1</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="110"/>
        <source>Duplicate %1</source>
        <translation>la duplicación: %1</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="110"/>
        <source>Add %1</source>
        <translation>la creación: %1</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="142"/>
        <source>Restore %1</source>
        <translation>la restauración: %1</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="142"/>
        <source>Delete %1</source>
        <translation>la eliminación: %1</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="217"/>
        <source>Undoing the import...</source>
        <translation>Deshaciendo la importación...</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="218"/>
        <source>Redoing the import...</source>
        <translation>Rehaciendo la importación...</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="97"/>
        <source>Import the concept note from %1</source>
        <translation>la importación de la nota conceptual desde %1</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="112"/>
        <source>Import %1 rows from %2</source>
        <translation>la importación de %1 filas desde %2</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../ui/words.py" line="277"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="278"/>
        <source>must be yes or no</source>
        <translation>debe ser sí o no</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="279"/>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="280"/>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="281"/>
        <source>must be a date</source>
        <translation>debe ser una fecha</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="282"/>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="283"/>
        <source>cannot be negative</source>
        <translation>no puede ser negativo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="284"/>
        <source>%1 is not an e-mail address</source>
        <translation>%1 no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="285"/>
        <source>%1 is not a web link (http:// or https://)</source>
        <translation>%1 no es un enlace web (http:// o https://)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="286"/>
        <source>%1 is not one of: %2</source>
        <translation>%1 no está entre los valores posibles: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="289"/>
        <source>is before the start</source>
        <translation>es anterior al inicio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="290"/>
        <source>is longer than %1 characters</source>
        <translation>supera los %1 caracteres</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="291"/>
        <source>holds a control character (%1), which a record cannot keep</source>
        <translation>contiene un carácter de control (%1), que un registro no puede guardar</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="292"/>
        <source>cannot hold a line break or a tab</source>
        <translation>no puede contener saltos de línea ni tabulaciones</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="293"/>
        <source>is too large (at most %1)</source>
        <translation>es demasiado grande (como máximo %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="288"/>
        <source>refers to a record that does not exist</source>
        <translation>remite a un registro que no existe</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="287"/>
        <source>is not a field of this record</source>
        <translation>no es un campo de este registro</translation>
    </message>
    <message>
        <location filename="../../ui/editor/widgets.py" line="36"/>
        <source>%1 is not a whole number</source>
        <translation>%1 no es un número entero</translation>
    </message>
    <message>
        <location filename="../../ui/editor/widgets.py" line="37"/>
        <source>%1 is not a number</source>
        <translation>%1 no es un número</translation>
    </message>
    <message>
        <location filename="../../ui/editor/widgets.py" line="38"/>
        <source>%1 is not a date: type year-month-day, like 2027-03-15</source>
        <translation>%1 no es una fecha: escriba año-mes-día, como 2027-03-15</translation>
    </message>
    <message>
        <location filename="../../ui/editor/widgets.py" line="39"/>
        <source>%1 is not in the list: pick one of its entries</source>
        <translation>%1 no está en la lista: elija una de sus entradas</translation>
    </message>
</context>
<context>
    <name>values</name>
    <message>
        <location filename="../../ui/rows.py" line="60"/>
        <source>(record not found)</source>
        <translation>(registro no encontrado)</translation>
    </message>
</context>
<context>
    <name>verdicts</name>
    <message>
        <location filename="../../ui/sync/codes.py" line="45"/>
        <source>applied</source>
        <translation>aplicado</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="46"/>
        <source>conflicts</source>
        <translation>aplicado con conflictos</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="47"/>
        <source>already applied</source>
        <translation>ya aplicado</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="48"/>
        <source>preview</source>
        <translation>vista previa</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="49"/>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="50"/>
        <source>quarantined</source>
        <translation>en cuarentena</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="51"/>
        <source>exported</source>
        <translation>exportado</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../ui/editor/widgets.py" line="222"/>
        <source>Ctrl+Delete empties the date</source>
        <translation>Ctrl+Supr vacía la fecha</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dates.py" line="52"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dates.py" line="54"/>
        <source>Pick a date (Alt+Down)</source>
        <translation>Elegir una fecha (Alt+Abajo)</translation>
    </message>
</context>
<context>
    <name>workbook</name>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="24"/>
        <source>Blank concept-note workbook</source>
        <translation>Libro en blanco de nota conceptual</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="39"/>
        <source>Wrote the blank concept-note workbook to %1</source>
        <translation>Libro en blanco de nota conceptual guardado en %1</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="42"/>
        <location filename="../../ui/concept_note_workbook.py" line="65"/>
        <source>Writing the workbook...</source>
        <translation>Escribiendo el libro...</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="47"/>
        <source>Export the concept note to Excel</source>
        <translation>Exportar la nota conceptual a Excel</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="63"/>
        <source>Wrote the concept note to %1</source>
        <translation>Nota conceptual guardada en %1</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="71"/>
        <source>Import a concept-note workbook</source>
        <translation>Importar un libro de nota conceptual</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="93"/>
        <source>Added concept note %1</source>
        <translation>Nota conceptual %1 añadida</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="94"/>
        <source>Updated concept note %1</source>
        <translation>Nota conceptual %1 actualizada</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="98"/>
        <source>the import of %1</source>
        <translation>la importación de %1</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="101"/>
        <source>Importing the workbook (all or nothing)...</source>
        <translation>Importando el libro (todo o nada)...</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <location filename="../../ui/worker.py" line="89"/>
        <source>Cancelled: nothing was changed</source>
        <translation>Cancelado: no se ha cambiado nada</translation>
    </message>
</context>
</TS>
