<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BundlesTab</name>
    <message>
        <location filename="../../ui/sync/bundles.py" line="144"/>
        <source>Send your changes to the Executive Secretariat as a bundle file (by e-mail or USB stick), and open the master bundle it sends back. Drop a .sicbundle file here to open it.</source>
        <translation>Envíe sus cambios a la Secretaría Ejecutiva como archivo de paquete (por correo electrónico o en una memoria USB) y abra el paquete maestro que le devuelva. Suelte aquí un archivo .sicbundle para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="147"/>
        <source>Open the bundles the regions send (or drop them here): you will see what each one changes before it is applied. Export a master bundle for each region in return.</source>
        <translation>Abra los paquetes que envían las regiones (o suéltelos aquí): verá lo que cambia cada uno antes de aplicarlo. En respuesta, exporte un paquete maestro para cada región.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="150"/>
        <source>Export a bundle...</source>
        <translation>Exportar un paquete...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="152"/>
        <source>Open a bundle...</source>
        <translation>Abrir un paquete...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="158"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="158"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="158"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="158"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="159"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="160"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="160"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="160"/>
        <source>Your value</source>
        <translation>Su valor</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="161"/>
        <source>Value now</source>
        <translation>Valor actual</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="161"/>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="165"/>
        <source>Bundles written and received</source>
        <translation>Paquetes generados y recibidos</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="166"/>
        <source>Bundle log</source>
        <translation>Registro de paquetes</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="167"/>
        <source>Your edits the Secretariat superseded</source>
        <translation>Sus cambios reemplazados por la Secretaría</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="169"/>
        <source>Superseded edits</source>
        <translation>Cambios reemplazados</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="191"/>
        <source>SIC bundles (*.sicbundle)</source>
        <translation>Paquetes SIC (*.sicbundle)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="203"/>
        <location filename="../../ui/sync/bundles.py" line="215"/>
        <source>Export a bundle</source>
        <translation>Exportar un paquete</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="204"/>
        <source>No region is trusted yet: trust a region&apos;s key (Keys and trust) before making a master bundle for it.</source>
        <translation>Todavía no se confía en ninguna región: confíe en la clave de una región (Claves y confianza) antes de crear un paquete maestro para ella.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="208"/>
        <source>Export a master bundle</source>
        <translation>Exportar un paquete maestro</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="209"/>
        <source>For which site?</source>
        <translation>¿Para qué sitio?</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="225"/>
        <source>Writing the bundle...</source>
        <translation>Escribiendo el paquete...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/bundles.py" line="230"/>
        <source>Wrote %1 with %n change(s)</source>
        <translation>
            <numerusform>%1 guardado con %n cambio</numerusform>
            <numerusform>%1 guardado con %n cambios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="237"/>
        <source>Open a bundle</source>
        <translation>Abrir un paquete</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="243"/>
        <source>Checking the bundle&apos;s signature and contents...</source>
        <translation>Comprobando la firma y el contenido del paquete...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="252"/>
        <source>Applying the bundle...</source>
        <translation>Aplicando el paquete...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="257"/>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="258"/>
        <source>Bundle applied: %1.</source>
        <translation>Paquete aplicado: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/bundles.py" line="260"/>
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
        <location filename="../../ui/sync/conflicts.py" line="111"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="111"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="111"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="112"/>
        <source>Master</source>
        <translation>Copia maestra</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="112"/>
        <source>Incoming</source>
        <translation>Versión recibida</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="113"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="118"/>
        <source>Base (before both edits)</source>
        <translation>Versión base (antes de ambos cambios)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="119"/>
        <source>Master (kept for now)</source>
        <translation>Copia maestra (conservada por ahora)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="120"/>
        <source>Incoming (from the region)</source>
        <translation>Versión recibida (de la región)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="130"/>
        <source>Differences between master and incoming</source>
        <translation>Diferencias entre la copia maestra y la versión recibida</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="131"/>
        <source>Keep master</source>
        <translation>Mantener la copia maestra</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="132"/>
        <source>Take incoming</source>
        <translation>Tomar la versión recibida</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="133"/>
        <source>Edit...</source>
        <translation>Editar...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="145"/>
        <source>Differences (long texts)</source>
        <translation>Diferencias (textos largos)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="152"/>
        <source>Conflicts are settled at the Executive Secretariat, in its master copy: when one of your edits meets another there, a person decides, and the decision comes back in the next master bundle. The Bundles tab lists your edits that were replaced.</source>
        <translation>Los conflictos se resuelven en la Secretaría Ejecutiva, en su copia maestra: cuando una de sus ediciones coincide allí con otra, una persona decide, y la decisión vuelve en el próximo paquete maestro. La pestaña Paquetes lista sus ediciones que fueron reemplazadas.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="155"/>
        <source>No conflicts wait to be settled.</source>
        <translation>No hay conflictos por resolver.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="197"/>
        <source>(not known)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="198"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/firstrun.py" line="26"/>
        <source>Set up SIC Desktop</source>
        <translation>Configurar SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="28"/>
        <source>There is no database at %1 yet. Who works on this computer? A regional copy sends its changes to the Executive Secretariat and needs the Secretariat&apos;s public key file (ask the Secretariat for it).</source>
        <translation>Todavía no hay ninguna base de datos en %1. ¿Quién trabaja en esta computadora? Una copia regional envía sus cambios a la Secretaría Ejecutiva y necesita el archivo de clave pública de la Secretaría (pídaselo a la Secretaría).</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="33"/>
        <source>A task force leader or regional representative (regional copy)</source>
        <translation>Un líder de grupo de trabajo o un representante regional (copia regional)</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="34"/>
        <source>The Executive Secretariat (master copy)</source>
        <translation>La Secretaría Ejecutiva (copia maestra)</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="40"/>
        <source>This computer</source>
        <translation>Esta computadora</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="41"/>
        <location filename="../../ui/firstrun.py" line="53"/>
        <source>Name of this copy</source>
        <translation>Nombre de esta copia</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="43"/>
        <location filename="../../ui/firstrun.py" line="73"/>
        <source>The Secretariat&apos;s public key file</source>
        <translation>El archivo de clave pública de la Secretaría</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="44"/>
        <source>Choose...</source>
        <translation>Elegir...</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="54"/>
        <source>Secretariat&apos;s key</source>
        <translation>Clave de la Secretaría</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="88"/>
        <source>Give this copy a name (for example your region or office).</source>
        <translation>Dé un nombre a esta copia (por ejemplo, su región u oficina).</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="90"/>
        <source>Choose the public key file the Secretariat sent you.</source>
        <translation>Elija el archivo de clave pública que le envió la Secretaría.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history.py" line="109"/>
        <source>History of %1</source>
        <translation>Historial – %1</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="110"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="110"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="110"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="110"/>
        <source>Was</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="111"/>
        <source>Became</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="111"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="115"/>
        <source>%1 (not applied: in conflict)</source>
        <translation>%1 (no aplicado: en conflicto)</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="124"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <location filename="../../ui/sync/keys.py" line="121"/>
        <source>Export my public key...</source>
        <translation>Exportar mi clave pública...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="123"/>
        <source>Trust a key file...</source>
        <translation>Confiar en un archivo de clave...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="125"/>
        <source>Make this site&apos;s key...</source>
        <translation>Crear la clave de este sitio...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="126"/>
        <source>For a copy whose key could not be made when it was set up</source>
        <translation>Para una copia cuya clave no pudo crearse durante su configuración</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="129"/>
        <source>Revoke the selected key</source>
        <translation>Revocar la clave seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="137"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="137"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="137"/>
        <source>Task forces</source>
        <translation>Grupos de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="138"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="138"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="138"/>
        <source>Key id</source>
        <translation>ID de la clave</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="139"/>
        <location filename="../../ui/sync/keys.py" line="143"/>
        <source>Trusted keys</source>
        <translation>Claves de confianza</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="152"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), site %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2), sitio %3</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="155"/>
        <source>This site has no key to sign bundles with: %1</source>
        <translation>Este sitio no tiene clave para firmar paquetes: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="159"/>
        <source>Key id &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Fingerprint &lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>Identificador de clave &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Huella &lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="183"/>
        <source>Export my public key</source>
        <translation>Exportar mi clave pública</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="203"/>
        <source>Written to %1</source>
        <translation>Archivo guardado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="206"/>
        <source>Trust a key file</source>
        <translation>Confiar en un archivo de clave</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../ui/listpage.py" line="76"/>
        <source>Search (Ctrl+F): type words found anywhere in a row</source>
        <translation>Buscar (Ctrl+F): palabras en cualquier parte de la fila</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="78"/>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="82"/>
        <source>New...</source>
        <translation>Nuevo...</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="83"/>
        <source>Add a record (Ctrl+N)</source>
        <translation>Añadir un registro (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="85"/>
        <location filename="../../ui/listpage.py" line="341"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="86"/>
        <location filename="../../ui/listpage.py" line="343"/>
        <source>Move the selected records to the trash (Delete)</source>
        <translation>Mover los registros seleccionados a la papelera (Supr)</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="88"/>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="90"/>
        <source>Show the records in the trash, to restore them</source>
        <translation>Mostrar los registros de la papelera para restaurarlos</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="94"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="249"/>
        <source>Open a record with Enter or a double click.</source>
        <translation>Abra un registro con Intro o un doble clic.</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="242"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="251"/>
        <source>No row holds every word searched.</source>
        <translation>Ninguna fila contiene todas las palabras buscadas.</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="253"/>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="255"/>
        <source>Nothing here yet.</source>
        <translation>Todavía no hay nada aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="256"/>
        <source>Nothing here yet: add a record with New... (Ctrl+N).</source>
        <translation>Todavía no hay nada aquí: añada un registro con Nuevo... (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="334"/>
        <source>Restore records</source>
        <translation>la restauración de registros</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="334"/>
        <source>Delete records</source>
        <translation>la eliminación de registros</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="341"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="342"/>
        <source>Bring the selected records back</source>
        <translation>Restaurar los registros seleccionados</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="103"/>
        <source>&amp;Export a bundle...</source>
        <translation>&amp;Exportar un paquete...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="104"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="105"/>
        <source>&amp;Open a bundle...</source>
        <translation>&amp;Abrir un paquete...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="108"/>
        <source>Import members from Excel...</source>
        <translation>Importar los miembros desde Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="110"/>
        <source>Export members to Excel...</source>
        <translation>Exportar los miembros a Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="112"/>
        <source>Import the inventory from Excel...</source>
        <translation>Importar el inventario desde Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="114"/>
        <source>Export the inventory to Excel...</source>
        <translation>Exportar el inventario a Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="117"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="118"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="119"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="121"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="127"/>
        <source>&amp;New record...</source>
        <translation>&amp;Nuevo registro...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="129"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="131"/>
        <source>&amp;History of the open record</source>
        <translation>&amp;Historial del registro abierto</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="132"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="133"/>
        <source>D&amp;uplicate the open record...</source>
        <translation>D&amp;uplicar el registro abierto...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="134"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="135"/>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="136"/>
        <source>&amp;Print the minutes of the open meeting...</source>
        <translation>&amp;Imprimir el acta de la reunión abierta...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="138"/>
        <source>&amp;Minutes of the open meeting as Word or PDF...</source>
        <translation>&amp;Acta de la reunión abierta en Word o PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="140"/>
        <source>&amp;Concept note as Word or PDF...</source>
        <translation>&amp;Nota conceptual en Word o PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="142"/>
        <source>&amp;Letter of support for the open concept note...</source>
        <translation>&amp;Carta de apoyo para la nota conceptual abierta...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="145"/>
        <source>Blank concept-note &amp;workbook...</source>
        <translation>&amp;Libro en blanco de nota conceptual...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="146"/>
        <source>&amp;Import a filled concept-note workbook...</source>
        <translation>I&amp;mportar un libro de nota conceptual completado...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="147"/>
        <source>&amp;Export the open concept note as a workbook...</source>
        <translation>&amp;Exportar la nota conceptual abierta como libro...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="150"/>
        <source>&amp;Annual progress report...</source>
        <translation>Informe anual de &amp;progreso...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="151"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="156"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="157"/>
        <source>&amp;About SIC Desktop</source>
        <translation>A&amp;cerca de SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="233"/>
        <source>master copy</source>
        <translation>copia maestra</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="234"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="233"/>
        <source>regional copy</source>
        <translation>copia regional</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.py" line="239"/>
        <source>%n change(s) waiting to be exported</source>
        <translation>
            <numerusform>%n cambio pendiente de exportar</numerusform>
            <numerusform>%n cambios pendientes de exportar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="240"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="241"/>
        <source>Last bundle: %1</source>
        <translation>Último paquete: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="347"/>
        <source>Open a concept note first.</source>
        <translation>Abra primero una nota conceptual.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="394"/>
        <source>About SIC Desktop</source>
        <translation>Acerca de SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="395"/>
        <source>SIC Desktop keeps the 4 per 1000 Initiative&apos;s Strategy Implementation Cycle offline: task forces, members, inventories, meetings, concept notes and funding, with signed bundles to and from the Executive Secretariat.</source>
        <translation>SIC Desktop gestiona sin conexión el Ciclo de Implementación de la Estrategia de la Iniciativa «4 por 1000»: grupos de trabajo, miembros, inventarios, reuniones, notas conceptuales y financiación, con paquetes firmados que se intercambian con la Secretaría Ejecutiva.</translation>
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
        <location filename="../../ui/navigation.py" line="42"/>
        <location filename="../../ui/navigation.py" line="43"/>
        <source>Task forces</source>
        <translation>Grupos de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="46"/>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="58"/>
        <source>All task forces</source>
        <translation>Todos los grupos de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="62"/>
        <source>Goal %1 - %2</source>
        <translation>Objetivo general %1 - %2</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/overview.py" line="79"/>
        <location filename="../../ui/overview.py" line="90"/>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="81"/>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="81"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="81"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="81"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="82"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="82"/>
        <source>Who acts</source>
        <translation>Quién actúa</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="82"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="83"/>
        <source>Task force</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="83"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="83"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="84"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="84"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="84"/>
        <source>Project teams</source>
        <translation>Equipos de proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="85"/>
        <source>Concept notes</source>
        <translation>Notas conceptuales</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="85"/>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="86"/>
        <source>Validated notes</source>
        <translation>Notas validadas</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="87"/>
        <source>Steps of the cycle</source>
        <translation>Etapas del ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="88"/>
        <source>Task forces</source>
        <translation>Grupos de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="121"/>
        <source>done</source>
        <translation>terminada</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="121"/>
        <source>now</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="121"/>
        <source>to come</source>
        <translation>por venir</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/sync/bundles.py" line="35"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="54"/>
        <source>Open a bundle</source>
        <translation>Abrir un paquete</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="60"/>
        <source>Every change it holds meets an edit of the master copy: see below.</source>
        <translation>Cada uno de sus cambios choca con un cambio de la copia maestra: véase más abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="62"/>
        <source>Nothing new: this bundle was applied before.</source>
        <translation>Nada nuevo: este paquete ya se había aplicado.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="69"/>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="72"/>
        <location filename="../../ui/sync/bundles.py" line="101"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="72"/>
        <location filename="../../ui/sync/bundles.py" line="101"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="72"/>
        <source>Master</source>
        <translation>Copia maestra</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="73"/>
        <source>Incoming</source>
        <translation>Versión recibida</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="73"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="82"/>
        <source>(new record)</source>
        <translation>(nuevo registro)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="84"/>
        <source>(trash)</source>
        <translation>(papelera)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/bundles.py" line="94"/>
        <source>%n conflict(s) would be queued for a person to settle</source>
        <translation>
            <numerusform>%n conflicto quedaría en espera para que una persona lo resuelva</numerusform>
            <numerusform>%n conflictos quedarían en espera para que una persona los resuelva</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="97"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="101"/>
        <source>Was</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="102"/>
        <source>Becomes</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="102"/>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="106"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="106"/>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="108"/>
        <source>What it changes, field by field</source>
        <translation>Lo que cambia, campo por campo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="110"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="114"/>
        <source>Apply the bundle</source>
        <translation>Aplicar el paquete</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="127"/>
        <source>A master bundle from the Secretariat, changes %1 to %2, signed by &lt;b&gt;%3&lt;/b&gt; (site %4)</source>
        <translation>Un paquete maestro de la Secretaría, cambios %1 a %2, firmado por &lt;b&gt;%3&lt;/b&gt; (sitio %4)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="130"/>
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
        <location filename="../../ui/editor/panel.py" line="46"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="47"/>
        <source>Who changed what, and when (Ctrl+H)</source>
        <translation>Quién cambió qué y cuándo (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="49"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="51"/>
        <location filename="../../ui/editor/panel.py" line="119"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="69"/>
        <location filename="../../ui/editor/panel.py" line="78"/>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="112"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="114"/>
        <source>(in the trash)</source>
        <translation>(en la papelera)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="118"/>
        <source>(read-only here)</source>
        <translation>(solo lectura aquí)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="119"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="154"/>
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
        <location filename="../../ui/sync/page.py" line="26"/>
        <source>Bundles</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="27"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="28"/>
        <source>Keys and trust</source>
        <translation>Claves y confianza</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../../ui/sync/keys.py" line="74"/>
        <source>Trust a key</source>
        <translation>Confiar en una clave</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="75"/>
        <source>Compare this fingerprint with the one the person reads to you (by telephone or in person) before trusting the key.</source>
        <translation>Compare esta huella con la que la persona le lea (por teléfono o en persona) antes de confiar en la clave.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="79"/>
        <source>Task force leader (TFL)</source>
        <translation>Líder de grupo de trabajo (TFL)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="80"/>
        <source>Task force regional representative (TFRR)</source>
        <translation>Representante regional de grupo de trabajo (TFRR)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="90"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="91"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="92"/>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="93"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="94"/>
        <source>Task forces</source>
        <translation>Grupos de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="95"/>
        <source>Region</source>
        <translation>Región</translation>
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
        <source>Funding</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="34"/>
        <source>Reference data</source>
        <translation>Datos de referencia</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="37"/>
        <location filename="../../ui/sync/page.py" line="22"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
</context>
<context>
    <name>bundle kinds</name>
    <message>
        <location filename="../../ui/sync/codes.py" line="32"/>
        <source>changes</source>
        <translation>regional</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="33"/>
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
        <location filename="../../ui/words.py" line="200"/>
        <source>TF meeting</source>
        <translation>reunión del grupo de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="201"/>
        <source>TFL</source>
        <translation>TFL</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="202"/>
        <source>TFL meeting</source>
        <translation>reunión de TFL</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="203"/>
        <source>TFL-TFRR planning</source>
        <translation>planificación TFL-TFRR</translation>
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
        <translation>ausente</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="207"/>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="208"/>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="209"/>
        <source>apologies</source>
        <translation>excusado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="210"/>
        <source>applied</source>
        <translation>solicitada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="211"/>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="212"/>
        <source>assessed</source>
        <translation>evaluada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="213"/>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="214"/>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="215"/>
        <source>declined</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="216"/>
        <source>deferred</source>
        <translation>aplazada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="217"/>
        <source>done</source>
        <translation>realizada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="218"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="219"/>
        <source>dropped</source>
        <translation>abandonada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="220"/>
        <source>full proposal requested</source>
        <translation>propuesta completa solicitada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="221"/>
        <source>funded</source>
        <translation>financiada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="222"/>
        <source>global</source>
        <translation>mundial</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="223"/>
        <source>in preparation</source>
        <translation>en preparación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="224"/>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="225"/>
        <source>inactive</source>
        <translation>inactiva</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="226"/>
        <source>interested</source>
        <translation>interesado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="227"/>
        <source>invited</source>
        <translation>invitado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="228"/>
        <source>left</source>
        <translation>dada de baja</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="229"/>
        <source>not approved</source>
        <translation>no aprobada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="230"/>
        <source>not proposed</source>
        <translation>no propuesta</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="231"/>
        <source>not recommended</source>
        <translation>no recomendada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="232"/>
        <source>not validated</source>
        <translation>no validada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="233"/>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="234"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="235"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="236"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="237"/>
        <source>planned</source>
        <translation>planificada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="238"/>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="239"/>
        <source>project team meeting</source>
        <translation>reunión del equipo de proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="240"/>
        <source>proposed</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="241"/>
        <source>recommended</source>
        <translation>recomendada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="242"/>
        <source>regional</source>
        <translation>regional</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="243"/>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="244"/>
        <source>revise and resubmit</source>
        <translation>revisar y volver a presentar</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="245"/>
        <source>submitted</source>
        <translation>presentada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="246"/>
        <source>validated</source>
        <translation>validada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="247"/>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
</context>
<context>
    <name>conflict kinds</name>
    <message>
        <location filename="../../ui/sync/codes.py" line="22"/>
        <source>value</source>
        <translation>valor modificado en ambos lados</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="23"/>
        <source>edit-delete</source>
        <translation>modificación de un registro eliminado</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="24"/>
        <source>delete-edit</source>
        <translation>eliminación de un registro modificado</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="25"/>
        <source>orphan</source>
        <translation>vínculo a un registro eliminado</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../ui/words.py" line="281"/>
        <source>  ... and %1 more</source>
        <translation>  ... y %1 más</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="282"/>
        <source>%1 (%2, key %3)</source>
        <translation>%1 (%2, clave %3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="283"/>
        <source>%1 already exists: choose another file or remove it first</source>
        <translation>%1 ya existe: elija otro archivo o elimínelo primero</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="284"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 no se puede leer: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="285"/>
        <source>%1 claims changes %2-%3 of %4, but different changes with those numbers were imported before (a copied laptop, or a restored backup?): the bundle was quarantined and nothing was applied</source>
        <translation>%1 afirma contener los cambios %2 a %3 de %4, pero ya se importaron otros cambios con esos números (¿una computadora copiada o una copia de seguridad restaurada?): el paquete se puso en cuarentena y no se aplicó nada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="286"/>
        <source>%1 does not hold an Ed25519 key</source>
        <translation>%1 no contiene una clave Ed25519</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="287"/>
        <source>%1 hands over a key of site %2, not of the Secretariat pinned here (site %3): it was refused</source>
        <translation>%1 entrega una clave del sitio %2, no de la Secretaría registrada aquí (sitio %3): se rechazó</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="288"/>
        <source>%1 hands over the key of %2 (%3), not the Secretariat&apos;s</source>
        <translation>%1 entrega la clave de %2 (%3), no la de la Secretaría</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="289"/>
        <source>%1 has an encrypted entry %2</source>
        <translation>%1 tiene una entrada cifrada %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="290"/>
        <source>%1 has an entry %2 that is not a plain file (a link?)</source>
        <translation>%1 tiene una entrada %2 que no es un archivo simple (¿un enlace?)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="291"/>
        <source>%1 has an entry with a forbidden name %2</source>
        <translation>%1 tiene una entrada con un nombre prohibido %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="292"/>
        <source>%1 has an entry with an empty or overlong name</source>
        <translation>%1 tiene una entrada con un nombre vacío o demasiado largo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="293"/>
        <source>%1 has an unknown format %2</source>
        <translation>%1 tiene un formato desconocido %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="294"/>
        <source>%1 has no field %2</source>
        <translation>%1 no tiene el campo %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="295"/>
        <source>%1 has no sheet named %2: is it a SIC Desktop concept-note workbook?</source>
        <translation>%1 no tiene ninguna hoja llamada %2: ¿es un libro de nota conceptual de SIC Desktop?</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="296"/>
        <source>%1 has overlapping entries (%2)</source>
        <translation>%1 tiene entradas superpuestas (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="297"/>
        <source>%1 has too many entries (%2)</source>
        <translation>%1 tiene demasiadas entradas (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="298"/>
        <source>%1 has unexplained data before its first entry</source>
        <translation>%1 tiene datos inexplicados antes de su primera entrada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="299"/>
        <source>%1 holds entries its manifest does not list: %2</source>
        <translation>%1 contiene entradas que su manifiesto no enumera: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="300"/>
        <source>%1 holds the entry %2 twice</source>
        <translation>%1 contiene dos veces la entrada %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="301"/>
        <source>%1 holds too much data (more than %2)</source>
        <translation>%1 contiene demasiados datos (más de %2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="302"/>
        <source>%1 is a region&apos;s change bundle; only the Secretariat can import it</source>
        <translation>%1 es un paquete de cambios de una región; solo la Secretaría puede importarlo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="303"/>
        <source>%1 is damaged (%2)</source>
        <translation>%1 está dañado (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="304"/>
        <source>%1 is damaged or cut short (entry %2: %3)</source>
        <translation>%1 está dañado o cortado (entrada %2: %3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="305"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 está dañado: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="306"/>
        <source>%1 is empty</source>
        <translation>%1 está vacío</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="307"/>
        <source>%1 is nested too deeply</source>
        <translation>%1 está anidado a demasiada profundidad</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="308"/>
        <source>%1 is nested too deeply (more than %2)</source>
        <translation>%1 está anidado a demasiada profundidad (más de %2 niveles)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="309"/>
        <source>%1 is not a SIC Desktop bundle (no signed manifest)</source>
        <translation>%1 no es un paquete de SIC Desktop (no hay manifiesto firmado)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="310"/>
        <source>%1 is not a SIC Desktop bundle (not a ZIP file, or cut short)</source>
        <translation>%1 no es un paquete de SIC Desktop (no es un archivo ZIP, o está cortado)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="311"/>
        <source>%1 is not a SIC Desktop bundle (unknown manifest)</source>
        <translation>%1 no es un paquete de SIC Desktop (manifiesto desconocido)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="312"/>
        <source>%1 is not a SIC Desktop database</source>
        <translation>%1 no es una base de datos de SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="313"/>
        <source>%1 is not a SIC Desktop key handover file</source>
        <translation>%1 no es un archivo de traspaso de clave de SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="314"/>
        <source>%1 is not a SIC Desktop public key file</source>
        <translation>%1 no es un archivo de clave pública de SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="315"/>
        <source>%1 is not a number JSON allows</source>
        <translation>%1 no es un número que JSON permita</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="316"/>
        <source>%1 is not a sound SIC Desktop backup (%2); nothing was restored</source>
        <translation>%1 no es una copia de seguridad válida de SIC Desktop (%2); no se restauró nada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="317"/>
        <source>%1 is not an Excel workbook (.xlsx) or it is damaged (%2)</source>
        <translation>%1 no es un libro de Excel (.xlsx) o está dañado (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="318"/>
        <source>%1 is not an Excel workbook (.xlsx): %2</source>
        <translation>%1 no es un libro de Excel (.xlsx): %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="319"/>
        <source>%1 is not in the list (%2)</source>
        <translation>%1 no está en la lista (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="320"/>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 no es JSON válido: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="321"/>
        <source>%1 is not valid UTF-8 (byte %2)</source>
        <translation>%1 no es UTF-8 válido (byte %2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="322"/>
        <source>%1 is older than the last master bundle applied here (%2 &lt; %3): it was refused</source>
        <translation>%1 es más antiguo que el último paquete maestro aplicado aquí (%2 &lt; %3): se rechazó</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="323"/>
        <source>%1 is signed by %2&apos;s key %3, which was revoked</source>
        <translation>%1 está firmado con la clave %3 de %2, que fue revocada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="324"/>
        <source>%1 is signed by %2, a regional key: only the Secretariat&apos;s key may sign a master bundle</source>
        <translation>%1 está firmado por %2, una clave regional: solo la clave de la Secretaría puede firmar un paquete maestro</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="325"/>
        <source>%1 is signed by the unknown key %2: this copy does not trust it (not enrolled here, or made for another Secretariat)</source>
        <translation>%1 está firmado con la clave desconocida %2: esta copia no confía en ella (no inscrita aquí, o creada para otra Secretaría)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="326"/>
        <source>%1 is the key of %2 (%3), not of the Executive Secretariat</source>
        <translation>%1 es la clave de %2 (%3), no de la Secretaría Ejecutiva</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="327"/>
        <source>%1 is too large (%2 bytes; at most %3)</source>
        <translation>%1 es demasiado grande (%2 bytes; como máximo %3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="328"/>
        <source>%1 is too large (more than %2 bytes)</source>
        <translation>%1 es demasiado grande (más de %2 bytes)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="329"/>
        <source>%1 is too large to be a concept note (%2 MB unpacked)</source>
        <translation>%1 es demasiado grande para ser una nota conceptual (%2 MB descomprimidos)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="330"/>
        <source>%1 is truncated (the last line has no end)</source>
        <translation>%1 está truncado (la última línea no tiene final)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="331"/>
        <source>%1 is vouched for by key %2, not by %3</source>
        <translation>%1 está avalado por la clave %2, no por %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="332"/>
        <source>%1 is vouched for by key %2, revoked here: it was refused</source>
        <translation>%1 está avalado por la clave %2, revocada aquí: se rechazó</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="333"/>
        <source>%1 is vouched for by key %2, which is not the Secretariat key pinned here: it was refused</source>
        <translation>%1 está avalado por la clave %2, que no es la clave de la Secretaría registrada aquí: se rechazó</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="334"/>
        <source>%1 lacks entries its manifest lists: %2</source>
        <translation>A %1 le faltan entradas que su manifiesto enumera: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="335"/>
        <source>%1 may not change %2: %3 is the Secretariat&apos;s reference data</source>
        <translation>%1 no puede cambiar %2: %3 son datos de referencia de la Secretaría</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="336"/>
        <source>%1 may not change %2: it is outside their region</source>
        <translation>%1 no puede cambiar %2: está fuera de su región</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="337"/>
        <source>%1 may not change %2: it is outside their task forces</source>
        <translation>%1 no puede cambiar %2: está fuera de sus grupos de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="338"/>
        <source>%1 names key %2 but holds another key</source>
        <translation>%1 nombra la clave %2 pero contiene otra</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="339"/>
        <source>%1 starts with a byte-order mark</source>
        <translation>%1 empieza con una marca de orden de bytes (BOM)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="340"/>
        <source>%1 uses an unsupported compression in %2</source>
        <translation>%1 usa una compresión no admitida en %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="341"/>
        <source>%1 was made by a newer SIC Desktop (%2 %3; this one reads up to %4): update SIC Desktop, then import it again</source>
        <translation>%1 fue creado por una versión más reciente de SIC Desktop (%2 %3; esta lee hasta %4): actualice SIC Desktop y vuelva a importarlo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="342"/>
        <source>%1 was made for another copy (site %2), not for this one (%3, site %4)</source>
        <translation>%1 fue creado para otra copia (sitio %2), no para esta (%3, sitio %4)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="343"/>
        <source>%1 was moved to the trash since</source>
        <translation>%1 se movió a la papelera mientras tanto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="344"/>
        <source>%1 was restored from the trash since</source>
        <translation>%1 se restauró de la papelera mientras tanto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="345"/>
        <source>%1 was written by a newer version of SIC Desktop (schema %2); update SIC Desktop to open it</source>
        <translation>%1 fue escrita por una versión más reciente de SIC Desktop (esquema %2); actualice SIC Desktop para abrirla</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="346"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="347"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="348"/>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="349"/>
        <source>%1, row %2, column %3: %4</source>
        <translation>%1, fila %2, columna %3: %4</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="350"/>
        <source>%1.%2 cannot hold a list or object</source>
        <translation>%1.%2 no puede contener una lista ni un objeto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="351"/>
        <source>%1.%2 may not be empty</source>
        <translation>%1.%2 no puede estar vacío</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="352"/>
        <source>%1.%2: %3 is not a valid %4</source>
        <translation>%1.%2: %3 no es un(a) %4 válido(a)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="353"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="354"/>
        <source>%1: %2 has no field %3</source>
        <translation>%1: %2 no tiene el campo %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="355"/>
        <source>%1: %2 is not a kind of change</source>
        <translation>%1: %2 no es un tipo de cambio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="356"/>
        <source>%1: %2 is not a table a bundle may change</source>
        <translation>%1: %2 no es una tabla que un paquete pueda cambiar</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="357"/>
        <source>%1: %2 was changed since (it now holds %3)</source>
        <translation>%1: %2 cambió mientras tanto (ahora contiene %3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="358"/>
        <source>%1: %2.%3: %4 is not a valid %5</source>
        <translation>%1: %2.%3: %4 no es un(a) %5 válido(a)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="359"/>
        <source>%1: a malformed %2</source>
        <translation>%1: %2 mal formado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="360"/>
        <source>%1: a malformed insert</source>
        <translation>%1: una inserción mal formada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="361"/>
        <source>%1: a number is too large to be finite</source>
        <translation>%1: un número es demasiado grande para ser finito</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="362"/>
        <source>%1: a text holds a lone UTF-16 surrogate</source>
        <translation>%1: un texto contiene un sustituto UTF-16 aislado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="363"/>
        <source>%1: a text of %2 characters is too long (at most %3)</source>
        <translation>%1: un texto de %2 caracteres es demasiado largo (como máximo %3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="364"/>
        <source>%1: change %2</source>
        <translation>%1: cambio %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="365"/>
        <source>%1: changes</source>
        <translation>%1: cambios</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="366"/>
        <source>%1: its changes are not exactly %2&apos;s changes %3-%4 in order</source>
        <translation>%1: sus cambios no son exactamente los cambios %3 a %4 de %2, en orden</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="367"/>
        <source>%1: missing changes %2-%3 of %4; ask the region for a new export (it holds every change not yet acknowledged)</source>
        <translation>%1: faltan los cambios %2 a %3 de %4; pida a la región una nueva exportación (conserva todos los cambios aún no confirmados)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="368"/>
        <source>%1: no column titled %2 in row 1</source>
        <translation>%1: ninguna columna titulada %2 en la fila 1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="369"/>
        <source>%1: no row labelled %2 in column A</source>
        <translation>%1: ninguna fila rotulada %2 en la columna A</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="370"/>
        <source>%1: no such backup</source>
        <translation>%1: no existe esa copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="371"/>
        <source>%1: no such file</source>
        <translation>%1: no existe ese archivo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="372"/>
        <source>%1: not a change (wrong or missing keys)</source>
        <translation>%1: no es un cambio (claves incorrectas o faltantes)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="373"/>
        <source>%1: the %2 %3 is not valid</source>
        <translation>%1: el campo %2 %3 no es válido</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="374"/>
        <source>%1: the %2 of %3 is too long</source>
        <translation>%1: el campo %2 de %3 es demasiado largo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="375"/>
        <source>%1: the %2 of field %3 makes no sense</source>
        <translation>%1: %2 del campo %3 no tiene sentido</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="376"/>
        <source>%1: the Secretariat imports regions&apos; change bundles only</source>
        <translation>%1: la Secretaría solo importa paquetes de cambios de las regiones</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="377"/>
        <source>%1: the attachment %2 is not named by its SHA-256</source>
        <translation>%1: el adjunto %2 no lleva el nombre de su SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="378"/>
        <source>%1: the entry %2 does not have the size the manifest says</source>
        <translation>%1: la entrada %2 no tiene el tamaño que indica el manifiesto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="379"/>
        <source>%1: the entry %2 expands suspiciously (a ZIP bomb?)</source>
        <translation>%1: la entrada %2 se expande de forma sospechosa (¿una bomba ZIP?)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="380"/>
        <source>%1: the entry %2 is too large</source>
        <translation>%1: la entrada %2 es demasiado grande</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="381"/>
        <source>%1: the entry %2 was altered (its SHA-256 differs)</source>
        <translation>%1: la entrada %2 fue alterada (su SHA-256 difiere)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="382"/>
        <source>%1: the field name is not valid</source>
        <translation>%1: el nombre del campo no es válido</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="383"/>
        <source>%1: the integer %2 is too large</source>
        <translation>%1: el entero %2 es demasiado grande</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="384"/>
        <source>%1: the manifest</source>
        <translation>%1: el manifiesto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="385"/>
        <source>%1: the manifest does not list the changes</source>
        <translation>%1: el manifiesto no enumera los cambios</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="386"/>
        <source>%1: the manifest has missing or unknown fields</source>
        <translation>%1: al manifiesto le faltan campos o tiene campos desconocidos</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="387"/>
        <source>%1: the manifest holds a number that is not valid</source>
        <translation>%1: el manifiesto contiene un número no válido</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="388"/>
        <source>%1: the manifest is malformed</source>
        <translation>%1: el manifiesto está mal formado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="389"/>
        <source>%1: the manifest lists an unknown entry %2</source>
        <translation>%1: el manifiesto enumera una entrada desconocida %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="390"/>
        <source>%1: the manifest names another signer than the signature</source>
        <translation>%1: el manifiesto nombra a otro firmante que la firma</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="391"/>
        <source>%1: the manifest&apos;s %2 is not valid</source>
        <translation>%1: el campo %2 del manifiesto no es válido</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="392"/>
        <source>%1: the manifest&apos;s deletes_seen is malformed</source>
        <translation>%1: el campo deletes_seen del manifiesto está mal formado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="393"/>
        <source>%1: the new %2 lacks %3</source>
        <translation>%1: al nuevo registro %2 le falta %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="394"/>
        <source>%1: the sequence number %2 is not valid</source>
        <translation>%1: el número de secuencia %2 no es válido</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="395"/>
        <source>%1: the signature entry is damaged</source>
        <translation>%1: la entrada de firma está dañada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="396"/>
        <source>%1: the trust registry</source>
        <translation>%1: el registro de confianza</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="397"/>
        <source>%1: the trust registry is malformed</source>
        <translation>%1: el registro de confianza está mal formado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="398"/>
        <source>%1: unknown bundle kind %2</source>
        <translation>%1: tipo de paquete desconocido %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="399"/>
        <source>%1: write a .docx or a .pdf file</source>
        <translation>%1: escriba un archivo .docx o .pdf</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="400"/>
        <source>--for is for the Secretariat; a region exports to the Secretariat</source>
        <translation>--for es solo para la Secretaría; una región exporta hacia la Secretaría</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="401"/>
        <source>--value takes JSON (a quoted text, a number, true/false or null): %1</source>
        <translation>--value espera JSON (un texto entre comillas, un número, true/false o null): %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="402"/>
        <source>A possible duplicate is settled with --keep-master or --take-incoming</source>
        <translation>Un posible duplicado se resuelve con --keep-master o --take-incoming</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="403"/>
        <source>A task force leader or representative needs --task-force CODE</source>
        <translation>Un líder o representante de grupo de trabajo necesita --task-force CÓDIGO</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="404"/>
        <source>Cannot %1: %2. Undo or change back those edits first; nothing was changed</source>
        <translation>Acción imposible (%1): %2. Deshaga o revierta primero esos cambios; no se cambió nada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="405"/>
        <source>Choose one of %1</source>
        <translation>Elija uno de %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="406"/>
        <source>Concept note, ID: no concept note %1 in task force %2; clear the ID to add the note as a new one</source>
        <translation>Nota conceptual, ID: no hay ninguna nota conceptual %1 en el grupo de trabajo %2; borre el ID para añadir la nota como nueva</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="407"/>
        <source>Concept note, Region: unknown region %1</source>
        <translation>Nota conceptual, Región: región desconocida %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="408"/>
        <source>Concept note, Task force objective(s): unknown objective %1; known: %2</source>
        <translation>Nota conceptual, Objetivo(s) del grupo de trabajo: objetivo desconocido %1; conocidos: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="409"/>
        <source>Decision: %1 is not one of: %2</source>
        <translation>Decisión: %1 no es uno de: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="410"/>
        <source>LibreOffice (soffice) is not installed</source>
        <translation>LibreOffice (soffice) no está instalado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="411"/>
        <source>LibreOffice could not convert %1: %2</source>
        <translation>LibreOffice no pudo convertir %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="412"/>
        <source>LibreOffice did not convert %1 to %2</source>
        <translation>LibreOffice no convirtió %1 a %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="413"/>
        <source>No %1 with id %2</source>
        <translation>No se encuentra %1 (id %2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="414"/>
        <source>No active regional key is trusted for site %1: see `trust list`</source>
        <translation>No hay ninguna clave regional activa de confianza para el sitio %1: vea `trust list`</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="415"/>
        <source>No concept note with id %1</source>
        <translation>No se encuentra la nota conceptual (id %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="416"/>
        <source>No conflict with id %1</source>
        <translation>No se encuentra el conflicto (id %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="417"/>
        <source>No cycle %1; known: %2</source>
        <translation>No hay ciclo %1; conocidos: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="418"/>
        <source>No database at %1: create one with `sic-desktop init`</source>
        <translation>No hay ninguna base de datos en %1: cree una con `sic-desktop init`</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="419"/>
        <source>No meeting with id %1</source>
        <translation>No se encuentra la reunión (id %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="420"/>
        <source>No task force %1; known: %2</source>
        <translation>No hay ningún grupo de trabajo %1; conocidos: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="421"/>
        <source>No trusted key with id %1</source>
        <translation>No se encuentra la clave de confianza (id %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="422"/>
        <source>PDF output needs LibreOffice (soffice), which is not installed; write a .docx instead, or install LibreOffice</source>
        <translation>La salida en PDF necesita LibreOffice (soffice), que no está instalado; escriba un .docx en su lugar, o instale LibreOffice</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="423"/>
        <source>Site %1 already has the active key %2; revoke it first</source>
        <translation>El sitio %1 ya tiene la clave activa %2; revóquela primero</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="424"/>
        <source>The %1 cannot be saved - %2</source>
        <translation>No se puede guardar (%1) - %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="425"/>
        <source>The %1 list belongs to the Executive Secretariat: it is read-only in a regional copy and arrives with the master bundle</source>
        <translation>La lista «%1» pertenece a la Secretaría Ejecutiva: es de solo lectura en una copia regional y llega con el paquete maestro</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="426"/>
        <source>The Secretariat exports a master bundle for a site: --for SITE_ID</source>
        <translation>La Secretaría exporta un paquete maestro para un sitio: --for SITE_ID</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="427"/>
        <source>The concept note %1 has not been validated by the Bureau: a letter of support follows a validation</source>
        <translation>La nota conceptual %1 no ha sido validada por el Buró: una carta de apoyo sigue a una validación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="428"/>
        <source>The conflict %1 was already resolved</source>
        <translation>El conflicto %1 ya se resolvió</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="429"/>
        <source>The key %1 of %2 was revoked; it cannot return</source>
        <translation>La clave %1 de %2 fue revocada; no puede volver</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="430"/>
        <source>The role must be one of: %1</source>
        <translation>El rol debe ser uno de: %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="431"/>
        <source>The site needs a name (for example the region or &apos;Executive Secretariat&apos;)</source>
        <translation>El sitio necesita un nombre (por ejemplo la región o «Secretaría Ejecutiva»)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="432"/>
        <source>This %1 belongs to a task force outside this copy&apos;s (%2): it is read-only here, and only the Secretariat or that task force can change it</source>
        <translation>Este registro (%1) pertenece a un grupo de trabajo fuera de los de esta copia (%2): es de solo lectura aquí, y solo la Secretaría o ese grupo de trabajo pueden cambiarlo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="433"/>
        <source>This %1 belongs to another region: it is read-only here</source>
        <translation>Este registro (%1) pertenece a otra región: es de solo lectura aquí</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="434"/>
        <source>This database has no site yet: run `sic-desktop init` first</source>
        <translation>Esta base de datos aún no tiene sitio: ejecute primero `sic-desktop init`</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="435"/>
        <source>This regional copy has no Secretariat key pinned: re-run init</source>
        <translation>Esta copia regional no tiene registrada la clave de la Secretaría: vuelva a ejecutar init</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="436"/>
        <source>Unknown region %1</source>
        <translation>Región desconocida %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="499"/>
        <source>%n %1 record(s) added</source>
        <translation>
            <numerusform>%1: %n registro añadido</numerusform>
            <numerusform>%1: %n registros añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="500"/>
        <source>%n %1 record(s) changed</source>
        <translation>
            <numerusform>%1: %n registro modificado</numerusform>
            <numerusform>%1: %n registros modificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="501"/>
        <source>%n %1 record(s) moved to the trash</source>
        <translation>
            <numerusform>%1: %n registro movido a la papelera</numerusform>
            <numerusform>%1: %n registros movidos a la papelera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="502"/>
        <source>%n %1 record(s) restored</source>
        <translation>
            <numerusform>%1: %n registro restaurado</numerusform>
            <numerusform>%1: %n registros restaurados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="503"/>
        <source>%n %1 record(s): %2</source>
        <translation>
            <numerusform>%1: %n registro: %2</numerusform>
            <numerusform>%1: %n registros: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="504"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n añadido</numerusform>
            <numerusform>%n añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="505"/>
        <source>%n field change(s) logged</source>
        <translation>
            <numerusform>%n cambio de campo registrado</numerusform>
            <numerusform>%n cambios de campo registrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="506"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="507"/>
        <source>%n value(s) already equal</source>
        <translation>
            <numerusform>%n valor ya idéntico</numerusform>
            <numerusform>%n valores ya idénticos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words.py" line="508"/>
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
        <location filename="../../ui/words.py" line="509"/>
        <source>Unknown task force code(s): %1</source>
        <translation>
            <numerusform>Código de grupo de trabajo desconocido: %1</numerusform>
            <numerusform>Códigos de grupo de trabajo desconocidos: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="437"/>
        <source>a key for site %1 already exists; it was not replaced</source>
        <translation>ya existe una clave para el sitio %1; no se reemplazó</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="438"/>
        <source>activity</source>
        <translation>actividad</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="439"/>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="440"/>
        <source>cell %1 %2</source>
        <translation>celda %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="441"/>
        <source>cell %1 is before the start</source>
        <translation>celda %1: la fecha es anterior al inicio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="442"/>
        <source>change %1 edits the %2 %3, which the master copy does not have</source>
        <translation>el cambio %1 edita %2 %3, que la copia maestra no tiene</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="443"/>
        <source>change %1 of site %2: the %3 %4 refers (%5) to %6 %7, which this copy does not have and the bundle does not bring; nothing was applied</source>
        <translation>cambio %1 del sitio %2: %3 %4 hace referencia (%5) a %6 %7, que esta copia no tiene y el paquete no trae; no se aplicó nada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="444"/>
        <source>change %1: %2.%3 may not be empty</source>
        <translation>cambio %1: %2.%3 no puede estar vacío</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="445"/>
        <source>change %1: the %2 %3: %4 %5</source>
        <translation>cambio %1: %2 %3: %4 %5</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="446"/>
        <source>change %1: the new %2 %3 refers to %4 %5, which does not exist</source>
        <translation>cambio %1: el nuevo registro %2 %3 hace referencia a %4 %5, que no existe</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="447"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="448"/>
        <source>date and time</source>
        <translation>fecha y hora</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="449"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="450"/>
        <source>may not be negative (found %1)</source>
        <translation>no puede ser negativo (encontrado: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="451"/>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="452"/>
        <source>must be a date such as 2025-03-31 (found %1)</source>
        <translation>debe ser una fecha como 2025-03-31 (encontrado: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="453"/>
        <source>must be a number (found %1)</source>
        <translation>debe ser un número (encontrado: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="454"/>
        <source>must be a whole number (found %1)</source>
        <translation>debe ser un número entero (encontrado: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="455"/>
        <source>must be at least 1 (found %1)</source>
        <translation>debe ser al menos 1 (encontrado: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="456"/>
        <source>no %1 with this ID in task force %2</source>
        <translation>ningún(a) %1 con este ID en el grupo de trabajo %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="457"/>
        <source>no keyring works on this machine, so the key of site %1 is kept in %2, encrypted: give its passphrase (or set %3)</source>
        <translation>ningún llavero del sistema funciona en esta computadora, así que la clave del sitio %1 se guarda en %2, cifrada: indique su frase de contraseña (o defina %3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="458"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="459"/>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="460"/>
        <source>redo %1</source>
        <translation>rehacer %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="461"/>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="462"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="463"/>
        <source>the %1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="464"/>
        <source>the %1 %2 (change %3)</source>
        <translation>%1 %2 (cambio %3)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="465"/>
        <source>the %1 %2 no longer exists</source>
        <translation>%1 %2 ya no existe</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="466"/>
        <source>the %1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="467"/>
        <source>the JSON</source>
        <translation>el JSON</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="468"/>
        <source>the JSON lines</source>
        <translation>las líneas JSON</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="469"/>
        <source>the bundle</source>
        <translation>el paquete</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="470"/>
        <source>the clock of %1 seems wrong (a change dated %2); it does not matter for the merge</source>
        <translation>el reloj de %1 parece incorrecto (un cambio con fecha %2); no afecta a la fusión</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="471"/>
        <source>the end is before the start</source>
        <translation>el final es anterior al inicio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="472"/>
        <source>the import</source>
        <translation>la importación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="473"/>
        <source>the key %1 appears twice in one object</source>
        <translation>la clave %1 aparece dos veces en un mismo objeto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="474"/>
        <source>the key file %1 of site %2 cannot be opened: wrong passphrase, or the file is damaged</source>
        <translation>el archivo de clave %1 del sitio %2 no se puede abrir: frase de contraseña incorrecta, o el archivo está dañado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="475"/>
        <source>the key for site %1 is missing; re-enrol this copy with the Secretariat (it is neither in the keyring nor in %2)</source>
        <translation>falta la clave del sitio %1; vuelva a inscribir esta copia con la Secretaría (no está ni en el llavero del sistema ni en %2)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="476"/>
        <source>the key handover file</source>
        <translation>el archivo de traspaso de clave</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="477"/>
        <source>the key of site %1 is still here; a new one is made only when it is lost</source>
        <translation>la clave del sitio %1 sigue aquí; solo se crea una nueva cuando se pierde</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="478"/>
        <source>the keyring did not keep the new key of site %1</source>
        <translation>el llavero del sistema no conservó la nueva clave del sitio %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="479"/>
        <source>the keyring entry for site %1 is not a SIC Desktop key; re-enrol</source>
        <translation>la entrada del llavero del sistema para el sitio %1 no es una clave de SIC Desktop; vuelva a inscribirse</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="480"/>
        <source>the master bundle&apos;s trust registry is malformed</source>
        <translation>el registro de confianza del paquete maestro está mal formado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="481"/>
        <source>the new %1 %2 lacks %3</source>
        <translation>al nuevo registro %1 %2 le falta %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="482"/>
        <source>the new key in %1</source>
        <translation>la nueva clave en %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="483"/>
        <source>the public key file</source>
        <translation>el archivo de clave pública</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="484"/>
        <source>the signature of %1 does not match: it was altered, or signed by another key</source>
        <translation>la firma de %1 no coincide: fue alterado, o firmado con otra clave</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="485"/>
        <source>the signature of %1 is damaged (%2 bytes, not 64)</source>
        <translation>la firma de %1 está dañada (%2 bytes, no 64)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="486"/>
        <source>the template %1 cannot be filled: %2. `sic-desktop documents check-template` names what is wrong.</source>
        <translation>la plantilla %1 no se puede rellenar: %2. `sic-desktop documents check-template` indica qué está mal.</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="487"/>
        <source>the template %1 is not a Word document (.docx): %2</source>
        <translation>la plantilla %1 no es un documento de Word (.docx): %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="488"/>
        <source>this ID appears on an earlier row too</source>
        <translation>este ID también aparece en una fila anterior</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="489"/>
        <source>this column is missing from the first row</source>
        <translation>esta columna falta en la primera fila</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="490"/>
        <source>undo %1</source>
        <translation>deshacer %1</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="491"/>
        <source>unknown %1 %2; known: %3</source>
        <translation>%1 desconocido(a) %2; conocidos: %3</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="492"/>
        <source>unknown column title %1; expected: %2</source>
        <translation>título de columna desconocido %1; se esperaba: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="493"/>
        <source>whole number</source>
        <translation>número entero</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="494"/>
        <source>yes/no value</source>
        <translation>valor sí/no</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="39"/>
        <source>New %1</source>
        <translation>Nuevo registro: %1</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../ui/documents.py" line="21"/>
        <source>Word document (*.docx);;PDF (*.pdf)</source>
        <translation>Documento Word (*.docx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="48"/>
        <location filename="../../ui/documents.py" line="148"/>
        <source>Wrote %1</source>
        <translation>Archivo guardado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="50"/>
        <source>Writing the document...</source>
        <translation>Generando el documento...</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="58"/>
        <source>Print minutes...</source>
        <translation>Imprimir el acta...</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="60"/>
        <source>Minutes as Word...</source>
        <translation>Acta en Word...</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="65"/>
        <source>Word document...</source>
        <translation>Documento Word...</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="67"/>
        <source>Letter of support...</source>
        <translation>Carta de apoyo...</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="68"/>
        <source>The letter filed with a validated concept note (issued now if it has none)</source>
        <translation>La carta archivada con una nota conceptual validada (se emite ahora si aún no tiene)</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="76"/>
        <source>Save the document</source>
        <translation>Guardar el documento</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="96"/>
        <source>Open a meeting first.</source>
        <translation>Abra primero una reunión.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="97"/>
        <source>Open a concept note first.</source>
        <translation>Abra primero una nota conceptual.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="122"/>
        <source>There is no cycle to report on yet.</source>
        <translation>Todavía no hay ningún ciclo sobre el que informar.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="124"/>
        <source>Annual progress report</source>
        <translation>Informe anual de progreso</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="125"/>
        <source>Which cycle?</source>
        <translation>¿Qué ciclo?</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="129"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="149"/>
        <source>Writing the report...</source>
        <translation>Generando el informe...</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="269"/>
        <source>Converting to PDF with LibreOffice</source>
        <translation>Convirtiendo a PDF con LibreOffice</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="270"/>
        <source>Counting the cycle&apos;s records</source>
        <translation>Contando los registros del ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="271"/>
        <source>Filling the template</source>
        <translation>Rellenando la plantilla</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="272"/>
        <source>Finding the letter of support</source>
        <translation>Buscando la carta de apoyo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="273"/>
        <source>Reading the concept note</source>
        <translation>Leyendo la nota conceptual</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="274"/>
        <source>Reading the meeting</source>
        <translation>Leyendo la reunión</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="275"/>
        <source>Writing the letter</source>
        <translation>Redactando la carta</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="276"/>
        <source>Written</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="62"/>
        <source>Something went wrong inside SIC Desktop (a bug, not your mistake). Your saved work is safe: every edit is saved as you make it. Please open the details with the button below and send them to the Executive Secretariat.</source>
        <translation>Algo falló dentro de SIC Desktop (un error del programa, no suyo). Su trabajo guardado está a salvo: cada edición se guarda al hacerla. Abra los detalles con el botón de abajo y envíelos a la Secretaría Ejecutiva.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="78"/>
        <source>SIC Desktop</source>
        <translation>SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="82"/>
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
        <source>Co-financing (cash)</source>
        <translation>Cofinanciación (en efectivo)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="33"/>
        <source>Co-financing (in kind)</source>
        <translation>Cofinanciación (en especie)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="34"/>
        <source>Co-financing source</source>
        <translation>Fuente de cofinanciación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="35"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="36"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="37"/>
        <source>Concept note</source>
        <translation>Nota conceptual</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="38"/>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="39"/>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="40"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="41"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="42"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="43"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="44"/>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="45"/>
        <source>Cycle recorded in</source>
        <translation>Ciclo de registro</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="46"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="47"/>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="48"/>
        <source>Decided on</source>
        <translation>Fecha de decisión</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="49"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="50"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="51"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="52"/>
        <source>Document hash</source>
        <translation>Huella del documento</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="53"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="54"/>
        <source>Duration (months)</source>
        <translation>Duración (meses)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="55"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="56"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="57"/>
        <source>Expected SOC change (t C/ha/yr)</source>
        <translation>Cambio esperado del COS (t C/ha/año)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="58"/>
        <source>Expertise</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="59"/>
        <source>Food security co-benefits</source>
        <translation>Cobeneficios para la seguridad alimentaria</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="60"/>
        <source>From meeting</source>
        <translation>Reunión de origen</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="61"/>
        <source>Full proposal</source>
        <translation>Propuesta completa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="62"/>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="63"/>
        <source>Goal</source>
        <translation>Objetivo general</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="64"/>
        <source>Governing Board decision</source>
        <translation>Decisión del Consejo de Administración</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="65"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="66"/>
        <source>How measured (MRV)</source>
        <translation>Forma de medición (MRV)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="67"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="68"/>
        <source>Item</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="69"/>
        <source>Key players listed</source>
        <translation>Actores clave mencionados</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="70"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="71"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="72"/>
        <source>Lead organisation</source>
        <translation>Organización líder</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="73"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="74"/>
        <source>Measured on</source>
        <translation>Fecha de medición</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="75"/>
        <source>Measurement, reporting and verification</source>
        <translation>Medición, reporte y verificación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="76"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="77"/>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="78"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="79"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="80"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="81"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="82"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="83"/>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="84"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="85"/>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="86"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="87"/>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="88"/>
        <source>Output</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="89"/>
        <source>Outputs</source>
        <translation>Productos</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="90"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="91"/>
        <source>Partner of the Initiative</source>
        <translation>Socio de la Iniciativa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="92"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="93"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="94"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="95"/>
        <source>Position</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="96"/>
        <source>Preferred role</source>
        <translation>Función preferida</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="97"/>
        <source>Problem and barriers</source>
        <translation>Problema y barreras</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="98"/>
        <source>Profile URL</source>
        <translation>Perfil (URL)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="99"/>
        <source>Project idea</source>
        <translation>Idea de proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="100"/>
        <source>Project team</source>
        <translation>Equipo de proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="101"/>
        <source>Project team leader</source>
        <translation>Líder del equipo de proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="102"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="103"/>
        <source>Reference number</source>
        <translation>Número de referencia</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="104"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="105"/>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="106"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="107"/>
        <source>Risks and mitigation</source>
        <translation>Riesgos y mitigación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="108"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="109"/>
        <source>Role in the team</source>
        <translation>Función en el equipo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="110"/>
        <source>SDG alignment (2, 13, 15)</source>
        <translation>Alineación con los ODS (2, 13, 15)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="111"/>
        <source>Safeguards</source>
        <translation>Salvaguardas</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="112"/>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="113"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="114"/>
        <source>Secretariat proposal</source>
        <translation>Propuesta de la Secretaría</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="115"/>
        <source>Sent on</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="116"/>
        <source>Serves task force</source>
        <translation>Grupo de trabajo al que contribuye</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="117"/>
        <source>Signed on</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="118"/>
        <source>Soil-carbon actions</source>
        <translation>Acciones para el carbono del suelo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="119"/>
        <source>Sponsor</source>
        <translation>Patrocinador</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="120"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="121"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="122"/>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="123"/>
        <source>Submitted on</source>
        <translation>Fecha de presentación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="124"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="125"/>
        <source>Sustainability and scaling</source>
        <translation>Sostenibilidad y ampliación de escala</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="126"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="127"/>
        <source>Target 2030</source>
        <translation>Meta 2030</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="128"/>
        <source>Target 2050</source>
        <translation>Meta 2050</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="129"/>
        <source>Target this cycle</source>
        <translation>Meta para este ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="130"/>
        <source>Task force</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="131"/>
        <source>Task force objective(s)</source>
        <translation>Objetivo(s) del grupo de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="132"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="133"/>
        <source>Theory of change</source>
        <translation>Teoría del cambio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="134"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="135"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="136"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="137"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="138"/>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="139"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="140"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="141"/>
        <source>Version assessed</source>
        <translation>Versión evaluada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="142"/>
        <source>Web site</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="143"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="144"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="145"/>
        <source>Who acts</source>
        <translation>Quién actúa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="146"/>
        <source>Why qualified</source>
        <translation>Justificación de la idoneidad</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="147"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../ui/history.py" line="38"/>
        <source>shipped with the program</source>
        <translation>incluido con el programa</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="47"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="48"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="59"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="77"/>
        <source>(created)</source>
        <translation>(creación)</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="79"/>
        <source>(trash)</source>
        <translation>(papelera)</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../ui/sync/jobs.py" line="53"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>key statuses</name>
    <message>
        <location filename="../../ui/sync/codes.py" line="62"/>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="63"/>
        <source>revoked</source>
        <translation>revocada</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../../ui/areas.py" line="65"/>
        <source>Memberships</source>
        <translation>Membresías</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="66"/>
        <source>Candidacies</source>
        <translation>Candidaturas</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="67"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="68"/>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="69"/>
        <source>Key players</source>
        <translation>Actores clave</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="70"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="71"/>
        <source>Further task forces served</source>
        <translation>Otros grupos de trabajo a los que contribuye</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="72"/>
        <source>Action plans</source>
        <translation>Planes de acción</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="73"/>
        <location filename="../../ui/areas.py" line="106"/>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="74"/>
        <location filename="../../ui/areas.py" line="102"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="75"/>
        <source>Measured values</source>
        <translation>Valores medidos</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="76"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="77"/>
        <source>Project ideas</source>
        <translation>Ideas de proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="78"/>
        <source>Project teams</source>
        <translation>Equipos de proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="79"/>
        <source>Concept notes</source>
        <translation>Notas conceptuales</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="80"/>
        <source>STC assessments</source>
        <translation>Evaluaciones del CCT</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="81"/>
        <source>Bureau validations</source>
        <translation>Validaciones del Buró</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="82"/>
        <source>Letters of support</source>
        <translation>Cartas de apoyo</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="83"/>
        <source>Funders</source>
        <translation>Financiadores</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="84"/>
        <source>Funding opportunities</source>
        <translation>Oportunidades de financiación</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="85"/>
        <source>Expressions of interest</source>
        <translation>Expresiones de interés</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="86"/>
        <source>Full proposals</source>
        <translation>Propuestas completas</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="87"/>
        <source>Agreements</source>
        <translation>Convenios</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="88"/>
        <source>Progress reports</source>
        <translation>Informes de progreso</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="89"/>
        <source>Goals</source>
        <translation>Objetivos generales</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="90"/>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="91"/>
        <source>Task forces</source>
        <translation>Grupos de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="92"/>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="93"/>
        <source>Organisation types</source>
        <translation>Tipos de organización</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="94"/>
        <source>STC criteria</source>
        <translation>Criterios del CCT</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="95"/>
        <source>Cycles</source>
        <translation>Ciclos</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="96"/>
        <source>Steps</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="97"/>
        <source>Step windows</source>
        <translation>Periodos de las etapas</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="98"/>
        <source>Roles</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="99"/>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="100"/>
        <source>Work plan</source>
        <translation>Plan de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="101"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="103"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="104"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="105"/>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="107"/>
        <source>Team members</source>
        <translation>Miembros del equipo</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="108"/>
        <source>Scores per criterion</source>
        <translation>Puntuaciones por criterio</translation>
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
        <location filename="../../ui/editor/parts.py" line="59"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/parts.py" line="171"/>
        <source>Add...</source>
        <translation>Añadir...</translation>
    </message>
    <message>
        <location filename="../../ui/editor/parts.py" line="173"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/parts.py" line="191"/>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <location filename="../../ui/editor/parts.py" line="230"/>
        <source>Totals - %1</source>
        <translation>Totales - %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/parts.py" line="327"/>
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
        <location filename="../../ui/printing.py" line="36"/>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="36"/>
        <source>Task force</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="37"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="37"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="38"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="38"/>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="39"/>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="39"/>
        <source>Present</source>
        <translation>Presentes</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="40"/>
        <source>Apologies</source>
        <translation>Excusados</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="40"/>
        <source>Absent</source>
        <translation>Ausentes</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="41"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="41"/>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="42"/>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="42"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="43"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="43"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="44"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="44"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="45"/>
        <source>Issued</source>
        <translation>Emitida el</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="57"/>
        <location filename="../../ui/printing.py" line="112"/>
        <source>Minutes: %1</source>
        <translation>Acta: %1</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../ui/words.py" line="152"/>
        <source>Bureau validation</source>
        <translation>validación del Buró</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="153"/>
        <source>STC assessment</source>
        <translation>evaluación del CCT</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="154"/>
        <source>STC criterion</source>
        <translation>criterio del CCT</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="155"/>
        <source>action item</source>
        <translation>acción</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="156"/>
        <source>action plan</source>
        <translation>plan de acción</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="157"/>
        <source>activity</source>
        <translation>actividad</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="158"/>
        <source>agenda item</source>
        <translation>punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="159"/>
        <source>agreement</source>
        <translation>convenio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="160"/>
        <source>budget line</source>
        <translation>partida presupuestaria</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="161"/>
        <source>candidacy</source>
        <translation>candidatura</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="162"/>
        <source>concept note</source>
        <translation>nota conceptual</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="163"/>
        <source>concept-note indicator</source>
        <translation>indicador de nota conceptual</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="164"/>
        <source>criterion score</source>
        <translation>puntuación por criterio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="165"/>
        <source>cycle</source>
        <translation>ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="166"/>
        <source>decision</source>
        <translation>decisión</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="167"/>
        <source>expression of interest</source>
        <translation>expresión de interés</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="168"/>
        <source>full proposal</source>
        <translation>propuesta completa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="169"/>
        <source>funder</source>
        <translation>financiador</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="170"/>
        <source>funding opportunity</source>
        <translation>oportunidad de financiación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="171"/>
        <source>goal</source>
        <translation>objetivo general</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="172"/>
        <source>indicator</source>
        <translation>indicador</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="173"/>
        <source>key player</source>
        <translation>actor clave</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="174"/>
        <source>letter of support</source>
        <translation>carta de apoyo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="175"/>
        <source>measured value</source>
        <translation>valor medido</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="176"/>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="177"/>
        <source>meeting action item</source>
        <translation>acción de reunión</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="178"/>
        <source>membership</source>
        <translation>membresía</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="179"/>
        <source>objective</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="180"/>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="181"/>
        <source>organisation type</source>
        <translation>tipo de organización</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="182"/>
        <source>participant</source>
        <translation>participante</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="183"/>
        <source>partner</source>
        <translation>socio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="184"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="185"/>
        <source>progress report</source>
        <translation>informe de progreso</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="186"/>
        <source>project idea</source>
        <translation>idea de proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="187"/>
        <source>project team</source>
        <translation>equipo de proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="188"/>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="189"/>
        <source>role</source>
        <translation>función</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="190"/>
        <source>step</source>
        <translation>etapa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="191"/>
        <source>step window</source>
        <translation>periodo de etapa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="192"/>
        <source>task force</source>
        <translation>grupo de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="193"/>
        <source>task force served</source>
        <translation>grupo de trabajo al que contribuye</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="194"/>
        <source>team member</source>
        <translation>miembro del equipo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="195"/>
        <source>work plan item</source>
        <translation>elemento del plan de trabajo</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../ui/sync/codes.py" line="53"/>
        <source>Secretariat</source>
        <translation>Secretaría</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="54"/>
        <source>regional</source>
        <translation>copia regional</translation>
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
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="56"/>
        <source>Import</source>
        <translation>Importar</translation>
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
        <location filename="../../ui/spreadsheets.py" line="86"/>
        <source>Wrote %1 rows to %2</source>
        <translation>%1 filas guardadas en %2</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="89"/>
        <source>Writing the workbook...</source>
        <translation>Escribiendo el libro...</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="95"/>
        <source>Import from Excel</source>
        <translation>Importar desde Excel</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="114"/>
        <source>Imported %1: %2</source>
        <translation>%1 importado: %2</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="119"/>
        <source>the import of %1</source>
        <translation>la importación de %1</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="122"/>
        <source>Importing the workbook (all or nothing)...</source>
        <translation>Importando el libro (todo o nada)...</translation>
    </message>
</context>
<context>
    <name>sync values</name>
    <message>
        <location filename="../../ui/sync/values.py" line="36"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../ui/sync/values.py" line="36"/>
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
        <location filename="../../ui/concept_note_workbook.py" line="95"/>
        <source>Import the concept note from %1</source>
        <translation>la importación de la nota conceptual desde %1</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="118"/>
        <source>Import %1 rows from %2</source>
        <translation>la importación de %1 filas desde %2</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../ui/words.py" line="252"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="253"/>
        <source>must be yes or no</source>
        <translation>debe ser sí o no</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="254"/>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="255"/>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="256"/>
        <source>must be a date</source>
        <translation>debe ser una fecha</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="257"/>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="258"/>
        <source>cannot be negative</source>
        <translation>no puede ser negativo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="259"/>
        <source>%1 is not an e-mail address</source>
        <translation>%1 no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="260"/>
        <source>%1 is not a web link (http:// or https://)</source>
        <translation>%1 no es un enlace web (http:// o https://)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="261"/>
        <source>%1 is not one of: %2</source>
        <translation>%1 no está entre los valores posibles: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="264"/>
        <source>is before the start</source>
        <translation>es anterior al inicio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="263"/>
        <source>refers to a record that does not exist</source>
        <translation>remite a un registro que no existe</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="262"/>
        <source>is not a field of this record</source>
        <translation>no es un campo de este registro</translation>
    </message>
    <message>
        <location filename="../../ui/editor/widgets.py" line="41"/>
        <source>%1 is not a whole number</source>
        <translation>%1 no es un número entero</translation>
    </message>
    <message>
        <location filename="../../ui/editor/widgets.py" line="42"/>
        <source>%1 is not a number</source>
        <translation>%1 no es un número</translation>
    </message>
    <message>
        <location filename="../../ui/editor/widgets.py" line="43"/>
        <source>%1 is not in the list: pick one of its entries</source>
        <translation>%1 no está en la lista: elija una de sus entradas</translation>
    </message>
</context>
<context>
    <name>verdicts</name>
    <message>
        <location filename="../../ui/sync/codes.py" line="40"/>
        <source>applied</source>
        <translation>aplicado</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="41"/>
        <source>conflicts</source>
        <translation>aplicado con conflictos</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="42"/>
        <source>already applied</source>
        <translation>ya aplicado</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="43"/>
        <source>preview</source>
        <translation>vista previa</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="44"/>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="45"/>
        <source>quarantined</source>
        <translation>en cuarentena</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="46"/>
        <source>exported</source>
        <translation>exportado</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../ui/editor/widgets.py" line="274"/>
        <source>Ctrl+Delete empties the date</source>
        <translation>Ctrl+Supr vacía la fecha</translation>
    </message>
</context>
<context>
    <name>workbook</name>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="23"/>
        <source>Blank concept-note workbook</source>
        <translation>Libro en blanco de nota conceptual</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="37"/>
        <source>Wrote the blank concept-note workbook to %1</source>
        <translation>Libro en blanco de nota conceptual guardado en %1</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="40"/>
        <location filename="../../ui/concept_note_workbook.py" line="62"/>
        <source>Writing the workbook...</source>
        <translation>Escribiendo el libro...</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="45"/>
        <source>Export the concept note to Excel</source>
        <translation>Exportar la nota conceptual a Excel</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="60"/>
        <source>Wrote the concept note to %1</source>
        <translation>Nota conceptual guardada en %1</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="68"/>
        <source>Import a concept-note workbook</source>
        <translation>Importar un libro de nota conceptual</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="91"/>
        <source>Added concept note %1</source>
        <translation>Nota conceptual %1 añadida</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="92"/>
        <source>Updated concept note %1</source>
        <translation>Nota conceptual %1 actualizada</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="96"/>
        <source>the import of %1</source>
        <translation>la importación de %1</translation>
    </message>
    <message>
        <location filename="../../ui/concept_note_workbook.py" line="99"/>
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
