<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BundlesTab</name>
    <message>
        <location filename="../../ui/sync/bundles.py" line="159"/>
        <source>Send your changes to the Executive Secretariat as a bundle file (by e-mail or USB stick), and open the master bundle it sends back. Drop a .sicbundle file here to open it.</source>
        <translation>Envíe sus cambios a la Secretaría Ejecutiva como archivo de paquete (por correo electrónico o en una memoria USB) y abra el paquete maestro que le devuelva. Suelte aquí un archivo .sicbundle para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="162"/>
        <source>Open the bundles the regions send (or drop them here): you will see what each one changes before it is applied. Export a master bundle for each region in return.</source>
        <translation>Abra los paquetes que envían las regiones (o suéltelos aquí): verá lo que cambia cada uno antes de aplicarlo. En respuesta, exporte un paquete maestro para cada región.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="165"/>
        <source>Export a bundle...</source>
        <translation>Exportar un paquete...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="167"/>
        <source>Open a bundle...</source>
        <translation>Abrir un paquete...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="173"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="173"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="173"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="173"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="174"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="175"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="175"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="175"/>
        <source>Your value</source>
        <translation>Su valor</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="176"/>
        <source>Value now</source>
        <translation>Valor actual</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="176"/>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="180"/>
        <source>Bundles written and received</source>
        <translation>Paquetes generados y recibidos</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="181"/>
        <source>Bundle log</source>
        <translation>Registro de paquetes</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="182"/>
        <source>Your edits the Secretariat superseded</source>
        <translation>Sus cambios reemplazados por la Secretaría</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="184"/>
        <source>Superseded edits</source>
        <translation>Cambios reemplazados</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="205"/>
        <source>SIC bundles (*.sicbundle)</source>
        <translation>Paquetes SIC (*.sicbundle)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="217"/>
        <location filename="../../ui/sync/bundles.py" line="229"/>
        <source>Export a bundle</source>
        <translation>Exportar un paquete</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="218"/>
        <source>No region is trusted yet: trust a region&apos;s key (Keys and trust) before making a master bundle for it.</source>
        <translation>Todavía no se confía en ninguna región: confíe en la clave de una región (Claves y confianza) antes de crear un paquete maestro para ella.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="222"/>
        <source>Export a master bundle</source>
        <translation>Exportar un paquete maestro</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="223"/>
        <source>For which site?</source>
        <translation>¿Para qué sitio?</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="239"/>
        <source>Writing the bundle...</source>
        <translation>Escribiendo el paquete...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="244"/>
        <source>Wrote %1 with %2 change(s)</source>
        <translation>%1 guardado con %2 cambio(s)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="252"/>
        <source>Open a bundle</source>
        <translation>Abrir un paquete</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="258"/>
        <source>Checking the bundle&apos;s signature and contents...</source>
        <translation>Comprobando la firma y el contenido del paquete...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="267"/>
        <source>Applying the bundle...</source>
        <translation>Aplicando el paquete...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="272"/>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="273"/>
        <source>Bundle applied: %1</source>
        <translation>Paquete aplicado: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/bundles.py" line="275"/>
        <source>%n conflict(s) wait in the Conflicts tab.</source>
        <translation>
            <numerusform>%n conflicto espera en la pestaña Conflictos.</numerusform>
            <numerusform>%n conflictos esperan en la pestaña Conflictos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="103"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="103"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="103"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="104"/>
        <source>Master</source>
        <translation>Copia maestra</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="104"/>
        <source>Incoming</source>
        <translation>Versión recibida</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="105"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="110"/>
        <source>Base (before both edits)</source>
        <translation>Versión base (antes de ambos cambios)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="111"/>
        <source>Master (kept for now)</source>
        <translation>Copia maestra (conservada por ahora)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="112"/>
        <source>Incoming (from the region)</source>
        <translation>Versión recibida (de la región)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="122"/>
        <source>Differences between master and incoming</source>
        <translation>Diferencias entre la copia maestra y la versión recibida</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="123"/>
        <source>Keep master</source>
        <translation>Mantener la copia maestra</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="124"/>
        <source>Take incoming</source>
        <translation>Tomar la versión recibida</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="125"/>
        <source>Edit...</source>
        <translation>Editar...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="137"/>
        <source>Differences (long texts)</source>
        <translation>Diferencias (textos largos)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="143"/>
        <source>Conflicts are settled in the Secretariat&apos;s master copy.</source>
        <translation>Los conflictos se resuelven en la copia maestra de la Secretaría.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="187"/>
        <source>Settle with a new value</source>
        <translation>Resolver con un nuevo valor</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="188"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
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
        <location filename="../../ui/history.py" line="92"/>
        <source>History of %1</source>
        <translation>Historial – %1</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="93"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="93"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="93"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="93"/>
        <source>Was</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="94"/>
        <source>Became</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="94"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="98"/>
        <source>%1 (not applied: in conflict)</source>
        <translation>%1 (no aplicado: en conflicto)</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="109"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <location filename="../../ui/sync/keys.py" line="117"/>
        <source>Export my public key...</source>
        <translation>Exportar mi clave pública...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="119"/>
        <source>Trust a key file...</source>
        <translation>Confiar en un archivo de clave...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="121"/>
        <source>Make this site&apos;s key...</source>
        <translation>Crear la clave de este sitio...</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="122"/>
        <source>For a copy whose key could not be made when it was set up</source>
        <translation>Para una copia cuya clave no pudo crearse durante su configuración</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="125"/>
        <source>Revoke the selected key</source>
        <translation>Revocar la clave seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="133"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="133"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="133"/>
        <source>Task forces</source>
        <translation>Grupos de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="134"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="134"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="134"/>
        <source>Key id</source>
        <translation>ID de la clave</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="135"/>
        <location filename="../../ui/sync/keys.py" line="139"/>
        <source>Trusted keys</source>
        <translation>Claves de confianza</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="148"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), site %3&lt;br&gt;Key id &lt;tt&gt;%4&lt;/tt&gt;&lt;br&gt;Fingerprint &lt;tt&gt;%5&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2), sitio %3&lt;br&gt;ID de la clave &lt;tt&gt;%4&lt;/tt&gt;&lt;br&gt;Huella &lt;tt&gt;%5&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="174"/>
        <source>Export my public key</source>
        <translation>Exportar mi clave pública</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="194"/>
        <source>Written to %1</source>
        <translation>Archivo guardado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="197"/>
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
        <location filename="../../ui/listpage.py" line="311"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="86"/>
        <location filename="../../ui/listpage.py" line="313"/>
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
        <location filename="../../ui/listpage.py" line="95"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="125"/>
        <source>Open a record with Enter or a double click.</source>
        <translation>Abra un registro con Intro o un doble clic.</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="225"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="304"/>
        <source>Restore records</source>
        <translation>la restauración de registros</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="304"/>
        <source>Delete records</source>
        <translation>la eliminación de registros</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="311"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/listpage.py" line="312"/>
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
        <location filename="../../ui/mainwindow.py" line="94"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="95"/>
        <source>&amp;Export a bundle...</source>
        <translation>&amp;Exportar un paquete...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="96"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="97"/>
        <source>&amp;Open a bundle...</source>
        <translation>&amp;Abrir un paquete...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="100"/>
        <source>Import members from Excel...</source>
        <translation>Importar los miembros desde Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="102"/>
        <source>Export members to Excel...</source>
        <translation>Exportar los miembros a Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="104"/>
        <source>Import the inventory from Excel...</source>
        <translation>Importar el inventario desde Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="106"/>
        <source>Export the inventory to Excel...</source>
        <translation>Exportar el inventario a Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="109"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="110"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="111"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="113"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="119"/>
        <source>&amp;New record...</source>
        <translation>&amp;Nuevo registro...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="121"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="123"/>
        <source>&amp;History of the open record</source>
        <translation>&amp;Historial del registro abierto</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="124"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="125"/>
        <source>D&amp;uplicate the open record...</source>
        <translation>D&amp;uplicar el registro abierto...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="126"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="127"/>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="128"/>
        <source>&amp;Print the minutes of the open meeting...</source>
        <translation>&amp;Imprimir el acta de la reunión abierta...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="130"/>
        <source>&amp;Minutes of the open meeting as Word or PDF...</source>
        <translation>&amp;Acta de la reunión abierta en Word o PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="132"/>
        <source>&amp;Concept note as Word or PDF...</source>
        <translation>&amp;Nota conceptual en Word o PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="134"/>
        <source>&amp;Letter of support for the open concept note...</source>
        <translation>&amp;Carta de apoyo para la nota conceptual abierta...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="137"/>
        <source>Blank concept-note &amp;workbook...</source>
        <translation>&amp;Libro en blanco de nota conceptual...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="138"/>
        <source>&amp;Import a filled concept-note workbook...</source>
        <translation>I&amp;mportar un libro de nota conceptual completado...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="139"/>
        <source>&amp;Export the open concept note as a workbook...</source>
        <translation>&amp;Exportar la nota conceptual abierta como libro...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="142"/>
        <source>&amp;Annual progress report...</source>
        <translation>Informe anual de &amp;progreso...</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="143"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="148"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="149"/>
        <source>&amp;About SIC Desktop</source>
        <translation>A&amp;cerca de SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="221"/>
        <source>master copy</source>
        <translation>copia maestra</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="222"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="221"/>
        <source>regional copy</source>
        <translation>copia regional</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.py" line="226"/>
        <source>%n change(s) waiting to be exported</source>
        <translation>
            <numerusform>%n cambio pendiente de exportar</numerusform>
            <numerusform>%n cambios pendientes de exportar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="227"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="228"/>
        <source>Last bundle: %1</source>
        <translation>Último paquete: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="334"/>
        <source>Open a concept note first.</source>
        <translation>Abra primero una nota conceptual.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="381"/>
        <source>About SIC Desktop</source>
        <translation>Acerca de SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="382"/>
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
        <location filename="../../ui/navigation.py" line="21"/>
        <location filename="../../ui/navigation.py" line="22"/>
        <source>Task forces</source>
        <translation>Grupos de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="25"/>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="37"/>
        <source>All task forces</source>
        <translation>Todos los grupos de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="41"/>
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
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../../ui/overview.py" line="82"/>
        <source>Who acts</source>
        <translation>Quién actúa</translation>
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
        <location filename="../../ui/sync/bundles.py" line="46"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="76"/>
        <source>Open a bundle</source>
        <translation>Abrir un paquete</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="77"/>
        <source>&lt;b&gt;%1&lt;/b&gt; bundle signed by &lt;b&gt;%2&lt;/b&gt; (site %3), changes %4 to %5</source>
        <translation>Paquete &lt;b&gt;%1&lt;/b&gt; firmado por &lt;b&gt;%2&lt;/b&gt; (sitio %3), cambios %4 a %5</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="85"/>
        <source>Every change it holds meets an edit of the master copy: see below.</source>
        <translation>Cada uno de sus cambios choca con un cambio de la copia maestra: véase más abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="87"/>
        <source>Nothing new: this bundle was applied before.</source>
        <translation>Nada nuevo: este paquete ya se había aplicado.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="94"/>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="97"/>
        <location filename="../../ui/sync/bundles.py" line="126"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="97"/>
        <location filename="../../ui/sync/bundles.py" line="126"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="97"/>
        <source>Master</source>
        <translation>Copia maestra</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="98"/>
        <source>Incoming</source>
        <translation>Versión recibida</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="98"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="107"/>
        <source>(new record)</source>
        <translation>(nuevo registro)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="109"/>
        <source>(trash)</source>
        <translation>(papelera)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/bundles.py" line="119"/>
        <source>%n conflict(s) would be queued for a person to settle</source>
        <translation>
            <numerusform>%n conflicto quedaría en espera para que una persona lo resuelva</numerusform>
            <numerusform>%n conflictos quedarían en espera para que una persona los resuelva</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="122"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="126"/>
        <source>Was</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="127"/>
        <source>Becomes</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="127"/>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="130"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="130"/>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="132"/>
        <source>What it changes, field by field</source>
        <translation>Lo que cambia, campo por campo</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="134"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../../ui/sync/bundles.py" line="141"/>
        <source>Apply the bundle</source>
        <translation>Aplicar el paquete</translation>
    </message>
</context>
<context>
    <name>ProgressWatcher</name>
    <message>
        <location filename="../../ui/progress.py" line="59"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="60"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="73"/>
        <source>Cancelling: nothing will be changed...</source>
        <translation>Cancelando: no se cambiará nada...</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../ui/editor/panel.py" line="44"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="45"/>
        <source>Who changed what, and when (Ctrl+H)</source>
        <translation>Quién cambió qué y cuándo (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="47"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="49"/>
        <location filename="../../ui/editor/panel.py" line="101"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="73"/>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="94"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="96"/>
        <source>(in the trash)</source>
        <translation>(en la papelera)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="100"/>
        <source>(read-only here)</source>
        <translation>(solo lectura aquí)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="101"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/panel.py" line="126"/>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync/page.py" line="24"/>
        <source>Bundles</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="25"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="26"/>
        <source>Keys and trust</source>
        <translation>Claves y confianza</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../../ui/sync/keys.py" line="70"/>
        <source>Trust a key</source>
        <translation>Confiar en una clave</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="71"/>
        <source>Compare this fingerprint with the one the person reads to you (by telephone or in person) before trusting the key.</source>
        <translation>Compare esta huella con la que la persona le lea (por teléfono o en persona) antes de confiar en la clave.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="75"/>
        <source>Task force leader (TFL)</source>
        <translation>Líder de grupo de trabajo (TFL)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/keys.py" line="76"/>
        <source>Task force regional representative (TFRR)</source>
        <translation>Representante regional de grupo de trabajo (TFRR)</translation>
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
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="144"/>
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
        <location filename="../../ui/words.py" line="197"/>
        <source>TF meeting</source>
        <translation>reunión del grupo de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="198"/>
        <source>TFL</source>
        <translation>TFL</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="199"/>
        <source>TFL meeting</source>
        <translation>reunión de TFL</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="200"/>
        <source>TFL-TFRR planning</source>
        <translation>planificación TFL-TFRR</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="201"/>
        <source>TFM</source>
        <translation>TFM</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="202"/>
        <source>TFRR</source>
        <translation>TFRR</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="203"/>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="204"/>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="205"/>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="206"/>
        <source>apologies</source>
        <translation>excusado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="207"/>
        <source>applied</source>
        <translation>solicitada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="208"/>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="209"/>
        <source>assessed</source>
        <translation>evaluada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="210"/>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="211"/>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="212"/>
        <source>declined</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="213"/>
        <source>deferred</source>
        <translation>aplazada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="214"/>
        <source>done</source>
        <translation>realizada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="215"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="216"/>
        <source>dropped</source>
        <translation>abandonada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="217"/>
        <source>full proposal requested</source>
        <translation>propuesta completa solicitada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="218"/>
        <source>funded</source>
        <translation>financiada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="219"/>
        <source>global</source>
        <translation>mundial</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="220"/>
        <source>in preparation</source>
        <translation>en preparación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="221"/>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="222"/>
        <source>inactive</source>
        <translation>inactiva</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="223"/>
        <source>interested</source>
        <translation>interesado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="224"/>
        <source>invited</source>
        <translation>invitado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="225"/>
        <source>left</source>
        <translation>dada de baja</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="226"/>
        <source>not approved</source>
        <translation>no aprobada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="227"/>
        <source>not proposed</source>
        <translation>no propuesta</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="228"/>
        <source>not recommended</source>
        <translation>no recomendada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="229"/>
        <source>not validated</source>
        <translation>no validada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="230"/>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="231"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="232"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="233"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="234"/>
        <source>planned</source>
        <translation>planificada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="235"/>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="236"/>
        <source>project team meeting</source>
        <translation>reunión del equipo de proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="237"/>
        <source>proposed</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="238"/>
        <source>recommended</source>
        <translation>recomendada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="239"/>
        <source>regional</source>
        <translation>regional</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="240"/>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="241"/>
        <source>revise and resubmit</source>
        <translation>revisar y volver a presentar</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="242"/>
        <source>submitted</source>
        <translation>presentada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="243"/>
        <source>validated</source>
        <translation>validada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="244"/>
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
    <name>dialogs</name>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="27"/>
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
        <location filename="../../ui/words.py" line="266"/>
        <source>Converting to PDF with LibreOffice</source>
        <translation>Convirtiendo a PDF con LibreOffice</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="267"/>
        <source>Counting the cycle&apos;s records</source>
        <translation>Contando los registros del ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="268"/>
        <source>Filling the template</source>
        <translation>Rellenando la plantilla</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="269"/>
        <source>Finding the letter of support</source>
        <translation>Buscando la carta de apoyo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="270"/>
        <source>Reading the concept note</source>
        <translation>Leyendo la nota conceptual</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="271"/>
        <source>Reading the meeting</source>
        <translation>Leyendo la reunión</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="272"/>
        <source>Writing the letter</source>
        <translation>Redactando la carta</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="273"/>
        <source>Written</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="33"/>
        <source>Something went wrong inside SIC Desktop (a bug, not your mistake). Your saved work is safe: every edit is saved as you make it. Please send the details below to the Executive Secretariat.</source>
        <translation>Algo falló dentro de SIC Desktop (un error del programa, no suyo). Su trabajo está a salvo: cada cambio se guarda en el momento en que lo hace. Envíe los detalles que aparecen abajo a la Secretaría Ejecutiva.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="49"/>
        <source>SIC Desktop</source>
        <translation>SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="53"/>
        <source>Error message</source>
        <translation>Mensaje de error</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../ui/words.py" line="9"/>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="10"/>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="11"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="12"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="13"/>
        <source>Adaptation co-benefits</source>
        <translation>Cobeneficios para la adaptación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="14"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="15"/>
        <source>Amount requested</source>
        <translation>Monto solicitado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="16"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="17"/>
        <source>Answered on</source>
        <translation>Fecha de respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="18"/>
        <source>Area (ha)</source>
        <translation>Superficie (ha)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="19"/>
        <source>Assessed on</source>
        <translation>Fecha de evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="20"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="21"/>
        <source>Assessor</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="22"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="23"/>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="24"/>
        <source>Beneficiaries</source>
        <translation>Beneficiarios</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="25"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="26"/>
        <source>Call</source>
        <translation>Convocatoria</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="27"/>
        <source>Candidate funders</source>
        <translation>Financiadores potenciales</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="28"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="29"/>
        <source>Co-financing (cash)</source>
        <translation>Cofinanciación (en efectivo)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="30"/>
        <source>Co-financing (in kind)</source>
        <translation>Cofinanciación (en especie)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="31"/>
        <source>Co-financing source</source>
        <translation>Fuente de cofinanciación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="32"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="33"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="34"/>
        <source>Concept note</source>
        <translation>Nota conceptual</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="35"/>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="36"/>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="37"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="38"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="39"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="40"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="41"/>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="42"/>
        <source>Cycle recorded in</source>
        <translation>Ciclo de registro</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="43"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="44"/>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="45"/>
        <source>Decided on</source>
        <translation>Fecha de decisión</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="46"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="47"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="48"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="49"/>
        <source>Document hash</source>
        <translation>Huella del documento</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="50"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="51"/>
        <source>Duration (months)</source>
        <translation>Duración (meses)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="52"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="53"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="54"/>
        <source>Expected SOC change (t C/ha/yr)</source>
        <translation>Cambio esperado del COS (t C/ha/año)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="55"/>
        <source>Expertise</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="56"/>
        <source>Food security co-benefits</source>
        <translation>Cobeneficios para la seguridad alimentaria</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="57"/>
        <source>From meeting</source>
        <translation>Reunión de origen</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="58"/>
        <source>Full proposal</source>
        <translation>Propuesta completa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="59"/>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="60"/>
        <source>Goal</source>
        <translation>Objetivo general</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="61"/>
        <source>Governing Board decision</source>
        <translation>Decisión del Consejo de Administración</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="62"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="63"/>
        <source>How measured (MRV)</source>
        <translation>Forma de medición (MRV)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="64"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="65"/>
        <source>Item</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="66"/>
        <source>Key players listed</source>
        <translation>Actores clave mencionados</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="67"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="68"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="69"/>
        <source>Lead organisation</source>
        <translation>Organización líder</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="70"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="71"/>
        <source>Measured on</source>
        <translation>Fecha de medición</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="72"/>
        <source>Measurement, reporting and verification</source>
        <translation>Medición, reporte y verificación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="73"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="74"/>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="75"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="76"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="77"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="78"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="79"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="80"/>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="81"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="82"/>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="83"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="84"/>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="85"/>
        <source>Output</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="86"/>
        <source>Outputs</source>
        <translation>Productos</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="87"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="88"/>
        <source>Partner of the Initiative</source>
        <translation>Socio de la Iniciativa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="89"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="90"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="91"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="92"/>
        <source>Position</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="93"/>
        <source>Preferred role</source>
        <translation>Función preferida</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="94"/>
        <source>Problem and barriers</source>
        <translation>Problema y barreras</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="95"/>
        <source>Profile URL</source>
        <translation>Perfil (URL)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="96"/>
        <source>Project idea</source>
        <translation>Idea de proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="97"/>
        <source>Project team</source>
        <translation>Equipo de proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="98"/>
        <source>Project team leader</source>
        <translation>Líder del equipo de proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="99"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="100"/>
        <source>Reference number</source>
        <translation>Número de referencia</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="101"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="102"/>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="103"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="104"/>
        <source>Risks and mitigation</source>
        <translation>Riesgos y mitigación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="105"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="106"/>
        <source>Role in the team</source>
        <translation>Función en el equipo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="107"/>
        <source>SDG alignment (2, 13, 15)</source>
        <translation>Alineación con los ODS (2, 13, 15)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="108"/>
        <source>Safeguards</source>
        <translation>Salvaguardas</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="109"/>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="110"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="111"/>
        <source>Secretariat proposal</source>
        <translation>Propuesta de la Secretaría</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="112"/>
        <source>Sent on</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="113"/>
        <source>Serves task force</source>
        <translation>Grupo de trabajo al que contribuye</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="114"/>
        <source>Signed on</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="115"/>
        <source>Soil-carbon actions</source>
        <translation>Acciones para el carbono del suelo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="116"/>
        <source>Sponsor</source>
        <translation>Patrocinador</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="117"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="118"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="119"/>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="120"/>
        <source>Submitted on</source>
        <translation>Fecha de presentación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="121"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="122"/>
        <source>Sustainability and scaling</source>
        <translation>Sostenibilidad y ampliación de escala</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="123"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="124"/>
        <source>Target 2030</source>
        <translation>Meta 2030</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="125"/>
        <source>Target 2050</source>
        <translation>Meta 2050</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="126"/>
        <source>Target this cycle</source>
        <translation>Meta para este ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="127"/>
        <source>Task force</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="128"/>
        <source>Task force objective(s)</source>
        <translation>Objetivo(s) del grupo de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="129"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="130"/>
        <source>Theory of change</source>
        <translation>Teoría del cambio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="131"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="132"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="133"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="134"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="135"/>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="136"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="137"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="138"/>
        <source>Version assessed</source>
        <translation>Versión evaluada</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="139"/>
        <source>Web site</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="140"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="141"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="142"/>
        <source>Who acts</source>
        <translation>Quién actúa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="143"/>
        <source>Why qualified</source>
        <translation>Justificación de la idoneidad</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="144"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../ui/history.py" line="37"/>
        <source>shipped with the program</source>
        <translation>incluido con el programa</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="46"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="47"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="58"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="76"/>
        <source>(created)</source>
        <translation>(creación)</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="78"/>
        <source>(trash)</source>
        <translation>(papelera)</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../ui/sync/jobs.py" line="52"/>
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
        <location filename="../../ui/editor/parts.py" line="40"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/parts.py" line="125"/>
        <source>Add...</source>
        <translation>Añadir...</translation>
    </message>
    <message>
        <location filename="../../ui/editor/parts.py" line="127"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/parts.py" line="145"/>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <location filename="../../ui/editor/parts.py" line="176"/>
        <source>Totals - %1</source>
        <translation>Totales - %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/parts.py" line="223"/>
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
        <location filename="../../ui/words.py" line="149"/>
        <source>Bureau validation</source>
        <translation>validación del Buró</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="150"/>
        <source>STC assessment</source>
        <translation>evaluación del CCT</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="151"/>
        <source>STC criterion</source>
        <translation>criterio del CCT</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="152"/>
        <source>action item</source>
        <translation>acción</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="153"/>
        <source>action plan</source>
        <translation>plan de acción</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="154"/>
        <source>activity</source>
        <translation>actividad</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="155"/>
        <source>agenda item</source>
        <translation>punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="156"/>
        <source>agreement</source>
        <translation>convenio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="157"/>
        <source>budget line</source>
        <translation>partida presupuestaria</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="158"/>
        <source>candidacy</source>
        <translation>candidatura</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="159"/>
        <source>concept note</source>
        <translation>nota conceptual</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="160"/>
        <source>concept-note indicator</source>
        <translation>indicador de nota conceptual</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="161"/>
        <source>criterion score</source>
        <translation>puntuación por criterio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="162"/>
        <source>cycle</source>
        <translation>ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="163"/>
        <source>decision</source>
        <translation>decisión</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="164"/>
        <source>expression of interest</source>
        <translation>expresión de interés</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="165"/>
        <source>full proposal</source>
        <translation>propuesta completa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="166"/>
        <source>funder</source>
        <translation>financiador</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="167"/>
        <source>funding opportunity</source>
        <translation>oportunidad de financiación</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="168"/>
        <source>goal</source>
        <translation>objetivo general</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="169"/>
        <source>indicator</source>
        <translation>indicador</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="170"/>
        <source>key player</source>
        <translation>actor clave</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="171"/>
        <source>letter of support</source>
        <translation>carta de apoyo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="172"/>
        <source>measured value</source>
        <translation>valor medido</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="173"/>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="174"/>
        <source>meeting action item</source>
        <translation>acción de reunión</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="175"/>
        <source>membership</source>
        <translation>membresía</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="176"/>
        <source>objective</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="177"/>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="178"/>
        <source>organisation type</source>
        <translation>tipo de organización</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="179"/>
        <source>participant</source>
        <translation>participante</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="180"/>
        <source>partner</source>
        <translation>socio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="181"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="182"/>
        <source>progress report</source>
        <translation>informe de progreso</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="183"/>
        <source>project idea</source>
        <translation>idea de proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="184"/>
        <source>project team</source>
        <translation>equipo de proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="185"/>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="186"/>
        <source>role</source>
        <translation>función</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="187"/>
        <source>step</source>
        <translation>etapa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="188"/>
        <source>step window</source>
        <translation>periodo de etapa</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="189"/>
        <source>task force</source>
        <translation>grupo de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="190"/>
        <source>task force served</source>
        <translation>grupo de trabajo al que contribuye</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="191"/>
        <source>team member</source>
        <translation>miembro del equipo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="192"/>
        <source>work plan item</source>
        <translation>elemento del plan de trabajo</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../ui/sync/codes.py" line="53"/>
        <source>secretariat</source>
        <translation>Secretaría</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="54"/>
        <source>regional</source>
        <translation>copia regional</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="55"/>
        <source>tfl</source>
        <translation>TFL</translation>
    </message>
    <message>
        <location filename="../../ui/sync/codes.py" line="56"/>
        <source>tfrr</source>
        <translation>TFRR</translation>
    </message>
</context>
<context>
    <name>spreadsheets</name>
    <message>
        <location filename="../../ui/spreadsheets.py" line="31"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="55"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="56"/>
        <source>Into which task force?</source>
        <translation>¿En qué grupo de trabajo?</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="67"/>
        <source>Export to Excel</source>
        <translation>Exportar a Excel</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="85"/>
        <source>Wrote %1 rows to %2</source>
        <translation>%1 filas guardadas en %2</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="88"/>
        <source>Writing the workbook...</source>
        <translation>Escribiendo el libro...</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="94"/>
        <source>Import from Excel</source>
        <translation>Importar desde Excel</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="113"/>
        <source>Imported %1: %2</source>
        <translation>%1 importado: %2</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="121"/>
        <source>Importing the workbook (all or nothing)...</source>
        <translation>Importando el libro (todo o nada)...</translation>
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
        <location filename="../../ui/spreadsheets.py" line="117"/>
        <source>Import %1 rows from %2</source>
        <translation>la importación de %1 filas desde %2</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../ui/words.py" line="249"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="250"/>
        <source>must be yes or no</source>
        <translation>debe ser sí o no</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="251"/>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="252"/>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="253"/>
        <source>must be a date</source>
        <translation>debe ser una fecha</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="254"/>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="255"/>
        <source>cannot be negative</source>
        <translation>no puede ser negativo</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="256"/>
        <source>%1 is not an e-mail address</source>
        <translation>%1 no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="257"/>
        <source>%1 is not a web link (http:// or https://)</source>
        <translation>%1 no es un enlace web (http:// o https://)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="258"/>
        <source>%1 is not one of: %2</source>
        <translation>%1 no está entre los valores posibles: %2</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="261"/>
        <source>is before the start</source>
        <translation>es anterior al inicio</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="260"/>
        <source>refers to a record that does not exist</source>
        <translation>remite a un registro que no existe</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="259"/>
        <source>is not a field of this record</source>
        <translation>no es un campo de este registro</translation>
    </message>
    <message>
        <location filename="../../ui/editor/widgets.py" line="23"/>
        <source>%1 is not a whole number</source>
        <translation>%1 no es un número entero</translation>
    </message>
    <message>
        <location filename="../../ui/editor/widgets.py" line="24"/>
        <source>%1 is not a number</source>
        <translation>%1 no es un número</translation>
    </message>
    <message>
        <location filename="../../ui/editor/widgets.py" line="25"/>
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
        <location filename="../../ui/editor/widgets.py" line="177"/>
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
        <location filename="../../ui/concept_note_workbook.py" line="98"/>
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
