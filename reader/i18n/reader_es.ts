<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Follow System</source>
        <extracomment>Language code → its name in that language (the menu shows each in its own words).</extracomment>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Original</source>
        <extracomment>Texts built from a name are listed whole, so each language can word them its own way.</extracomment>
        <translation>Original</translation>
    </message>
    <message>
        <source>Show the active pane in its original script</source>
        <translation>Mostrar el panel activo en su escritura original</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>Simplificado</translation>
    </message>
    <message>
        <source>Show the active pane in simplified script</source>
        <translation>Mostrar el panel activo en chino simplificado</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>Tradicional</translation>
    </message>
    <message>
        <source>Show the active pane in traditional script</source>
        <translation>Mostrar el panel activo en chino tradicional</translation>
    </message>
    <message>
        <source>Taiwan (phrases)</source>
        <translation>Taiwán (expresiones)</translation>
    </message>
    <message>
        <source>Show the active pane in Taiwan script and phrases</source>
        <translation>Mostrar el panel activo con la escritura y las expresiones de Taiwán</translation>
    </message>
    <message>
        <source>Highlight / Recolour Yellow</source>
        <translation>Resaltar / cambiar a amarillo</translation>
    </message>
    <message>
        <source>Highlight / Recolour Green</source>
        <translation>Resaltar / cambiar a verde</translation>
    </message>
    <message>
        <source>Highlight / Recolour Blue</source>
        <translation>Resaltar / cambiar a azul</translation>
    </message>
    <message>
        <source>Highlight / Recolour Pink</source>
        <translation>Resaltar / cambiar a rosa</translation>
    </message>
    <message>
        <source>Highlight / Recolour Purple</source>
        <translation>Resaltar / cambiar a morado</translation>
    </message>
    <message>
        <source>Follow System</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Añadir archivos…</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>Añadir &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Link Folder (Keep in Place)…</source>
        <translation>&amp;Vincular carpeta (sin moverla)…</translation>
    </message>
    <message>
        <source>Open &amp;Library Folder…</source>
        <translation>Abrir carpeta de la &amp;biblioteca…</translation>
    </message>
    <message>
        <source>&amp;Reload Library</source>
        <translation>&amp;Recargar biblioteca</translation>
    </message>
    <message>
        <source>Recently Read…</source>
        <translation>Leídos recientemente…</translation>
    </message>
    <message>
        <source>Show &amp;Unreadable Files…</source>
        <translation>Mostrar archivos &amp;ilegibles…</translation>
    </message>
    <message>
        <source>&amp;Export Highlights…</source>
        <translation>&amp;Exportar resaltados…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>Resaltar &amp;selección</translation>
    </message>
    <message>
        <source>Add or Edit &amp;Note…</source>
        <translation>Añadir o editar &amp;nota…</translation>
    </message>
    <message>
        <source>&amp;Delete Highlight</source>
        <translation>&amp;Borrar resaltado</translation>
    </message>
    <message>
        <source>Search &amp;Library…</source>
        <translation>Buscar en la &amp;biblioteca…</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>Buscar en el &amp;artículo…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Update Search Index</source>
        <translation>Act&amp;ualizar el índice de búsqueda</translation>
    </message>
    <message>
        <source>&amp;Rebuild Search Index</source>
        <translation>&amp;Reconstruir el índice de búsqueda</translation>
    </message>
    <message>
        <source>S&amp;ynchronised Scrolling</source>
        <translation>Desplazamiento s&amp;incronizado</translation>
    </message>
    <message>
        <source>&amp;Jump to Partner Passage</source>
        <translation>Ir al pasaje &amp;correspondiente</translation>
    </message>
    <message>
        <source>In the other pane, the passage about what this pane shows</source>
        <translation>En el otro panel, el pasaje sobre lo que muestra este</translation>
    </message>
    <message>
        <source>S&amp;wap Panes</source>
        <translation>Intercam&amp;biar paneles</translation>
    </message>
    <message>
        <source>Open in &amp;Left Pane</source>
        <translation>Abrir en el panel i&amp;zquierdo</translation>
    </message>
    <message>
        <source>Open in &amp;Right Pane</source>
        <translation>Abrir en el panel &amp;derecho</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>&amp;Caret Browsing</source>
        <translation>Navegación con &amp;cursor</translation>
    </message>
    <message>
        <source>A text cursor in the reading pane: select with Shift+arrow keys</source>
        <translation>Un cursor de texto en el panel de lectura: seleccione con Mayús+flechas</translation>
    </message>
    <message>
        <source>&amp;Typography…</source>
        <translation>Ti&amp;pografía…</translation>
    </message>
    <message>
        <source>&amp;Serif Font</source>
        <translation>Fuente con &amp;serifa</translation>
    </message>
    <message>
        <source>&amp;Hide All Panels</source>
        <translation>&amp;Ocultar todos los paneles</translation>
    </message>
    <message>
        <source>Focused reading: hide every panel (F9 brings them back)</source>
        <translation>Lectura concentrada: oculta todos los paneles (F9 los vuelve a mostrar)</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>Pantalla c&amp;ompleta</translation>
    </message>
    <message>
        <source>Focus &amp;Library</source>
        <translation>Ir a la &amp;biblioteca</translation>
    </message>
    <message>
        <source>Focus Left Pane</source>
        <translation>Ir al panel izquierdo</translation>
    </message>
    <message>
        <source>Focus Right Pane</source>
        <translation>Ir al panel derecho</translation>
    </message>
    <message>
        <source>&amp;Annotations Panel</source>
        <translation>Panel de a&amp;notaciones</translation>
    </message>
    <message>
        <source>&amp;Events Timeline</source>
        <translation>Cronología de &amp;eventos</translation>
    </message>
    <message>
        <source>E&amp;ntities (Names Across Languages)</source>
        <translation>E&amp;ntidades (nombres en varios idiomas)</translation>
    </message>
    <message>
        <source>Each name in every script and language: merge or split them</source>
        <translation>Cada nombre en todas las escrituras e idiomas: únalos o sepárelos</translation>
    </message>
    <message>
        <source>&amp;Look Up in Dictionary</source>
        <translation>&amp;Buscar en el diccionario</translation>
    </message>
    <message>
        <source>&amp;Pinyin Above Characters</source>
        <translation>&amp;Pinyin sobre los caracteres</translation>
    </message>
    <message>
        <source>&amp;Vocabulary Panel</source>
        <translation>Panel de &amp;vocabulario</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>Next &amp;Highlight</source>
        <translation>Siguiente &amp;resaltado</translation>
    </message>
    <message>
        <source>Previous Highlight</source>
        <translation>Resaltado anterior</translation>
    </message>
    <message>
        <source>Add &amp;Bookmark</source>
        <translation>Añadir &amp;marcador</translation>
    </message>
    <message>
        <source>Next Bookmark</source>
        <translation>Siguiente marcador</translation>
    </message>
    <message>
        <source>Next &amp;Heading</source>
        <translation>Siguiente &amp;encabezado</translation>
    </message>
    <message>
        <source>Previous Heading</source>
        <translation>Encabezado anterior</translation>
    </message>
    <message>
        <source>Next &amp;Chapter</source>
        <translation>Siguiente &amp;capítulo</translation>
    </message>
    <message>
        <source>Previous Chapter</source>
        <translation>Capítulo anterior</translation>
    </message>
    <message>
        <source>Show Text &amp;Kept Out of the Body</source>
        <translation>Mostrar el texto &amp;fuera del cuerpo</translation>
    </message>
    <message>
        <source>Page chrome, comments and credits removed from the reading text, with why</source>
        <translation>Elementos de página, comentarios y créditos quitados del texto de lectura, con el motivo</translation>
    </message>
    <message>
        <source>Bookmarks &amp;List</source>
        <translation>&amp;Lista de marcadores</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Reader</source>
        <translation>&amp;Acerca de Reader</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Menus: action ids in order; None is a separator, &quot;dock:&lt;id&gt;&quot; a dock&apos;s show/hide action, (&quot;submenu&quot;, title, ids) a submenu.</extracomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Dictionary</source>
        <translation>&amp;Diccionario</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulario</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
</context>
<context>
    <name>annotation_controller</name>
    <message>
        <source>Highlights unavailable: {problem}</source>
        <translation>Resaltados no disponibles: {problem}</translation>
    </message>
    <message>
        <source>Select some text to highlight.</source>
        <translation>Seleccione el texto que quiere resaltar.</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Resaltados</translation>
    </message>
    <message>
        <source>Choose the highlight to re-attach in the Annotations panel first.</source>
        <translation>Primero elija en el panel de anotaciones el resaltado que quiere volver a anclar.</translation>
    </message>
    <message>
        <source>Re-attach highlight</source>
        <translation>Volver a anclar el resaltado</translation>
    </message>
    <message>
        <source>Open the highlight&apos;s article, select the passage it belongs to, then choose Re-attach again.</source>
        <translation>Abra el artículo del resaltado, seleccione el pasaje al que pertenece y vuelva a elegir Volver a anclar.</translation>
    </message>
    <message>
        <source>Export highlights</source>
        <translation>Exportar resaltados</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportado a {path}</translation>
    </message>
</context>
<context>
    <name>annotations_panel</name>
    <message>
        <source>Could not be placed in the current text: select new text and use Re-attach.</source>
        <translation>No se pudo situar en el texto actual: seleccione texto nuevo y use Volver a anclar.</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>Este artículo</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>Toda la biblioteca</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Todos los colores</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Etiqueta…</translation>
    </message>
    <message>
        <source>Search quotes and notes…</source>
        <translation>Buscar en citas y notas…</translation>
    </message>
    <message>
        <source>Highlights whose passage is no longer in the text: show only them, then select new text and Re-attach</source>
        <translation>Resaltados cuyo pasaje ya no está en el texto: muéstrelos solo a ellos, seleccione el texto nuevo y pulse Volver a anclar</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Re-attach</source>
        <translation>Volver a anclar</translation>
    </message>
    <message>
        <source>Attach the selected highlight to the text selected in the reading pane</source>
        <translation>Anclar el resaltado elegido al texto seleccionado en el panel de lectura</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>{count} not placed</source>
        <translation>{count} sin situar</translation>
    </message>
    <message>
        <source>Show only the {count} highlights not placed</source>
        <translation>Mostrar solo los {count} resaltados sin situar</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Reader</source>
        <extracomment>What the main window imports, in steps of about a tenth of a second each (quiet machine): between them the start-up shell answers the reader (issue 15). The facade&apos;s names load the managers&apos; modules (articles, annotations, dictionary, search, entities).</extracomment>
        <translation>Reader</translation>
    </message>
</context>
<context>
    <name>bookmarks_panel</name>
    <message>
        <source>No bookmarks in this article. Ctrl+B adds one where you are reading.</source>
        <translation>Este artículo no tiene marcadores. Ctrl+B añade uno donde está leyendo.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Bookmark the top of the active pane (Ctrl+B)</source>
        <translation>Marcar el principio del panel activo (Ctrl+B)</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Ir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete the selected bookmark (Del)</source>
        <translation>Borrar el marcador seleccionado (Supr)</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Quote</source>
        <extracomment>colours made once, not per paint Quote, Note, Tags, Date, Article: the quote reads at the dock&apos;s default width</extracomment>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formas</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Indicios</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Última lectura</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Frase</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>Simplificado</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>Tradicional</translation>
    </message>
    <message>
        <source>Taiwan (phrases)</source>
        <translation>Taiwán (expresiones)</translation>
    </message>
    <message>
        <source>Mainland (phrases)</source>
        <translation>China continental (expresiones)</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevancia</translation>
    </message>
    <message>
        <source>Date published</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Fecha en que se añadió</translation>
    </message>
    <message>
        <source>photo credit</source>
        <extracomment>Why a block was kept out of the body (reader/core/text/structure.py) and why a file could not be read (reader/core/library/articles.py): stable English the core returns.</extracomment>
        <translation>crédito de foto</translation>
    </message>
    <message>
        <source>reprint or copyright notice</source>
        <translation>aviso de reproducción o de derechos de autor</translation>
    </message>
    <message>
        <source>stray symbols</source>
        <translation>símbolos sueltos</translation>
    </message>
    <message>
        <source>comment box</source>
        <translation>cuadro de comentarios</translation>
    </message>
    <message>
        <source>reader&apos;s comment</source>
        <translation>comentario de un lector</translation>
    </message>
    <message>
        <source>short line among page widgets</source>
        <translation>línea corta entre elementos de la página</translation>
    </message>
    <message>
        <source>symbols only</source>
        <translation>solo símbolos</translation>
    </message>
    <message>
        <source>site menu</source>
        <translation>menú del sitio</translation>
    </message>
    <message>
        <source>page widget words</source>
        <translation>palabras de elementos de la página</translation>
    </message>
    <message>
        <source>page widget link</source>
        <translation>enlace de elementos de la página</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>crédito</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>firma</translation>
    </message>
    <message>
        <source>chrome</source>
        <translation>elementos de página</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <source>byline: {fields}</source>
        <extracomment>Reasons with a part filled in by the core: (English prefix or suffix, template).</extracomment>
        <translation>firma: {fields}</translation>
    </message>
    <message>
        <source>not an article file ({detail}</source>
        <translation>no es un archivo de artículo ({detail}</translation>
    </message>
    <message>
        <source>{reason} (page head)</source>
        <translation>{reason} (cabecera de la página)</translation>
    </message>
    <message>
        <source>{reason} (page tail)</source>
        <translation>{reason} (pie de la página)</translation>
    </message>
</context>
<context>
    <name>dictionary_controller</name>
    <message>
        <source>Look Up in Dictionary</source>
        <extracomment>A selection longer than this is looked up by its beginning only.</extracomment>
        <translation>Buscar en el diccionario</translation>
    </message>
    <message>
        <source>Pinyin Above Characters</source>
        <translation>Pinyin sobre los caracteres</translation>
    </message>
    <message>
        <source>Opening the dictionary…</source>
        <translation>Abriendo el diccionario…</translation>
    </message>
    <message>
        <source>Not added: {error}</source>
        <translation>No se añadió: {error}</translation>
    </message>
    <message>
        <source>Added to vocabulary.</source>
        <translation>Añadido al vocabulario.</translation>
    </message>
    <message>
        <source>“{word}” is already in your vocabulary.</source>
        <translation>«{word}» ya está en su vocabulario.</translation>
    </message>
    <message>
        <source>Export vocabulary</source>
        <translation>Exportar vocabulario</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Falló la exportación: {error}</translation>
    </message>
</context>
<context>
    <name>dictionary_popup</name>
    <message>
        <source>not in the dictionary</source>
        <translation>no está en el diccionario</translation>
    </message>
    <message>
        <source>Nothing found for {query}.</source>
        <translation>No se encontró nada para {query}.</translation>
    </message>
    <message>
        <source>Add to vocabulary</source>
        <translation>Añadir al vocabulario</translation>
    </message>
    <message>
        <source>Search library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Search library for “{word}”</source>
        <translation>Buscar «{word}» en la biblioteca</translation>
    </message>
</context>
<context>
    <name>entities_controller</name>
    <message>
        <source>Finding entities…</source>
        <translation>Buscando entidades…</translation>
    </message>
    <message>
        <source>Could not find entities: {message}</source>
        <translation>No se pudieron buscar las entidades: {message}</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>Could not save the change.</source>
        <translation>No se pudo guardar el cambio.</translation>
    </message>
    <message>
        <source>Merged {names}</source>
        <translation>Unidas: {names}</translation>
    </message>
    <message>
        <source>Split {name} off its entity</source>
        <translation>{name} separada de su entidad</translation>
    </message>
    <message>
        <source>Could not undo the change.</source>
        <translation>No se pudo deshacer el cambio.</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
</context>
<context>
    <name>entities_panel</name>
    <message>
        <source>Filter entities…</source>
        <translation>Filtrar entidades…</translation>
    </message>
    <message>
        <source>The forms of the chosen entity; split one out if it is not the same thing</source>
        <translation>Las formas de la entidad elegida; separe una si no se refiere a lo mismo</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Unir</translation>
    </message>
    <message>
        <source>Make the selected entities one (select two or more)</source>
        <translation>Convertir las entidades seleccionadas en una (seleccione dos o más)</translation>
    </message>
    <message>
        <source>&amp;Split Off Form</source>
        <translation>&amp;Separar forma</translation>
    </message>
    <message>
        <source>Take the chosen form out of its entity</source>
        <translation>Sacar la forma elegida de su entidad</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last merge or split</source>
        <translation>Deshacer la última unión o separación</translation>
    </message>
    <message>
        <source>Entities are found when the panel opens.</source>
        <translation>Las entidades se buscan al abrir el panel.</translation>
    </message>
    <message>
        <source>{count} entities, {several} with several forms</source>
        <translation>{count} entidades, {several} con varias formas</translation>
    </message>
</context>
<context>
    <name>events_panel</name>
    <message>
        <source>start</source>
        <translation>principios</translation>
    </message>
    <message>
        <source>mid</source>
        <translation>mediados</translation>
    </message>
    <message>
        <source>end</source>
        <translation>finales</translation>
    </message>
    <message>
        <source>(year inferred from the article)</source>
        <translation>(año deducido del artículo)</translation>
    </message>
    <message>
        <source>Actors: {actors}</source>
        <translation>Actores: {actors}</translation>
    </message>
    <message>
        <source>Reported by {count} articles</source>
        <translation>Mencionado en {count} artículos</translation>
    </message>
    <message>
        <source>Filter events…</source>
        <translation>Filtrar eventos…</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>from (2019, 2019-05)</source>
        <translation>desde (2019, 2019-05)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>This article only</source>
        <translation>Solo este artículo</translation>
    </message>
</context>
<context>
    <name>find_bar</name>
    <message>
        <source>Find in article…</source>
        <translation>Buscar en el artículo…</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
</context>
<context>
    <name>fonts</name>
    <message>
        <source>No Chinese font installed: Chinese shows as boxes. Install one, e.g. `sudo apt install {package}`, and restart Reader.</source>
        <extracomment>Preferred families, first found wins; Qt falls back per glyph after these. The Debian/Ubuntu package the hint names: the complete CJK family (simplified and traditional).</extracomment>
        <translation>No hay ninguna fuente china instalada: el chino se ve como cuadros. Instale una, p. ej. `sudo apt install {package}`, y reinicie Reader.</translation>
    </message>
    <message>
        <source>No Chinese font installed: showing Chinese with {family}. For proper Chinese glyphs install one, e.g. `sudo apt install {package}`.</source>
        <translation>No hay ninguna fuente china instalada: el chino se muestra con {family}. Para ver bien los caracteres chinos instale una, p. ej. `sudo apt install {package}`.</translation>
    </message>
</context>
<context>
    <name>help_dialogs</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About Reader</source>
        <translation>Acerca de Reader</translation>
    </message>
    <message>
        <source>An offline reader for Chinese (simplified and traditional) and Spanish articles.</source>
        <translation>Un lector sin conexión para artículos en chino (simplificado y tradicional) y en español.</translation>
    </message>
</context>
<context>
    <name>library_jobs</name>
    <message>
        <source>Loading {folder} …</source>
        <translation>Cargando {folder} …</translation>
    </message>
    <message>
        <source>The library catalog could not be read ({reason}): it is made again from the files; nothing is lost.</source>
        <translation>El catálogo de la biblioteca no se pudo leer ({reason}): se rehace a partir de los archivos; no se pierde nada.</translation>
    </message>
    <message>
        <source>Stopped reading files: {count} articles listed. Reload Library (F5) reads the others.</source>
        <translation>Lectura de archivos detenida: {count} artículos en la lista. Recargar biblioteca (F5) lee los demás.</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 artículo</translation>
    </message>
    <message>
        <source>{count} articles</source>
        <translation>{count} artículos</translation>
    </message>
    <message>
        <source>{articles} in {folder}</source>
        <translation>{articles} en {folder}</translation>
    </message>
    <message>
        <source>{articles}: {inside} in {folder}, {outside} added from other folders</source>
        <translation>{articles}: {inside} en {folder}, {outside} añadidos desde otras carpetas</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>Every file in the library could be read.</source>
        <translation>Se pudieron leer todos los archivos de la biblioteca.</translation>
    </message>
    <message>
        <source>Unreadable files</source>
        <translation>Archivos ilegibles</translation>
    </message>
    <message>
        <source>{count} file(s) were skipped; the rest of the library loaded.</source>
        <translation>Se omitieron {count} archivo(s); el resto de la biblioteca se cargó.</translation>
    </message>
    <message>
        <source>Search index rebuilt: {reason}.</source>
        <translation>Índice de búsqueda reconstruido: {reason}.</translation>
    </message>
    <message>
        <source>Search index updated: {added} added, {updated} changed, {removed} removed.</source>
        <translation>Índice de búsqueda actualizado: {added} añadidos, {updated} modificados, {removed} quitados.</translation>
    </message>
    <message>
        <source>Add articles</source>
        <translation>Añadir artículos</translation>
    </message>
    <message>
        <source>Add a folder of articles</source>
        <translation>Añadir una carpeta de artículos</translation>
    </message>
    <message>
        <source>Link a folder of articles</source>
        <translation>Vincular una carpeta de artículos</translation>
    </message>
    <message>
        <source>Open library folder</source>
        <translation>Abrir la carpeta de la biblioteca</translation>
    </message>
    <message>
        <source>Adding articles…</source>
        <translation>Añadiendo artículos…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Adding {name} ({done} of {total})…</source>
        <translation>Añadiendo {name} ({done} de {total})…</translation>
    </message>
    <message>
        <source>Adding articles failed.

{message}</source>
        <translation>No se pudieron añadir los artículos.

{message}</translation>
    </message>
    <message>
        <source>Added 1 article</source>
        <translation>Se añadió 1 artículo</translation>
    </message>
    <message>
        <source>Added {count} articles</source>
        <translation>Se añadieron {count} artículos</translation>
    </message>
    <message>
        <source>{count} already in the library (kept once)</source>
        <translation>{count} ya estaban en la biblioteca (se guardan una sola vez)</translation>
    </message>
    <message>
        <source>1 file could not be read (File → Show Unreadable Files)</source>
        <translation>1 archivo no se pudo leer (Archivo → Mostrar archivos ilegibles)</translation>
    </message>
    <message>
        <source>Stop Reading Files</source>
        <translation>Detener la lectura de archivos</translation>
    </message>
    <message>
        <source>{count} files could not be read (File → Show Unreadable Files)</source>
        <translation>{count} archivos no se pudieron leer (Archivo → Mostrar archivos ilegibles)</translation>
    </message>
</context>
<context>
    <name>library_model</name>
    <message>
        <source>not read yet</source>
        <translation>aún sin leer</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} caracteres</translation>
    </message>
</context>
<context>
    <name>library_panel</name>
    <message>
        <source>Filter by title…</source>
        <translation>Filtrar por título…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>Show removed articles</source>
        <translation>Mostrar artículos quitados</translation>
    </message>
    <message>
        <source>Open in Left Pane</source>
        <translation>Abrir en el panel izquierdo</translation>
    </message>
    <message>
        <source>Open in Right Pane</source>
        <translation>Abrir en el panel derecho</translation>
    </message>
    <message>
        <source>Edit Title…</source>
        <translation>Editar título…</translation>
    </message>
    <message>
        <source>Tags and Collections…</source>
        <translation>Etiquetas y colecciones…</translation>
    </message>
    <message>
        <source>Restore to Library</source>
        <translation>Devolver a la biblioteca</translation>
    </message>
    <message>
        <source>Remove from Library (Keep the File)</source>
        <translation>Quitar de la biblioteca (conservar el archivo)</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>Loading library…</source>
        <translation>Cargando la biblioteca…</translation>
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <translation>Zoom {percent} %</translation>
    </message>
    <message>
        <source>{task} failed: {message}</source>
        <translation>Falló «{task}»: {message}</translation>
    </message>
    <message>
        <source>{task} failed.

{message}</source>
        <translation>Falló «{task}».

{message}</translation>
    </message>
</context>
<context>
    <name>navigation</name>
    <message>
        <source>No highlights in this article.</source>
        <translation>Este artículo no tiene resaltados.</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>Bookmark added: {label}…</source>
        <translation>Marcador añadido: {label}…</translation>
    </message>
    <message>
        <source>Bookmark deleted.</source>
        <translation>Marcador borrado.</translation>
    </message>
    <message>
        <source>No bookmarks in this article (Ctrl+B adds one).</source>
        <translation>Este artículo no tiene marcadores (Ctrl+B añade uno).</translation>
    </message>
</context>
<context>
    <name>note_dialog</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, lists, [links](https://…)</source>
        <translation>Markdown: **negrita**, *cursiva*, listas, [enlaces](https://…)</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
</context>
<context>
    <name>outline_controller</name>
    <message>
        <source>No further heading</source>
        <translation>No hay más encabezados</translation>
    </message>
    <message>
        <source>No earlier heading</source>
        <translation>No hay encabezados anteriores</translation>
    </message>
</context>
<context>
    <name>outline_panel</name>
    <message>
        <source>No headings in this article.</source>
        <extracomment>Metadata shown in the header (bylines and sources of the text, a web page&apos;s author and site), in this order; the rest (keywords, descriptions, URLs) stays in --blocks --json.</extracomment>
        <translation>Este artículo no tiene encabezados.</translation>
    </message>
    <message>
        <source>Show text kept out of the body</source>
        <translation>Mostrar el texto fuera del cuerpo</translation>
    </message>
    <message>
        <source>Show text kept out of the body ({count})</source>
        <translation>Mostrar el texto fuera del cuerpo ({count})</translation>
    </message>
</context>
<context>
    <name>pane_container</name>
    <message>
        <source>No article here.

Open one from the library (select it, then Enter), or drag one onto this pane.</source>
        <extracomment>Reading speed, characters a minute: Chinese ~400 characters, Spanish ~200 words. Han characters (CJK unified ideographs, extension A, compatibility, extensions B…): where there are none, a script conversion changes nothing (issue 18).</extracomment>
        <translation>Aquí no hay ningún artículo.

Abra uno desde la biblioteca (selecciónelo y pulse Intro) o arrástrelo a este panel.</translation>
    </message>
    <message>
        <source>Script of this pane (Alt+1…4 for the active pane)</source>
        <translation>Escritura de este panel (Alt+1…4 para el panel activo)</translation>
    </message>
    <message>
        <source>Close this pane</source>
        <translation>Cerrar este panel</translation>
    </message>
    <message>
        <source>No Chinese in this article: the script does not apply</source>
        <translation>Este artículo no tiene chino: la escritura no se aplica</translation>
    </message>
    <message>
        <source>{minutes} min left</source>
        <translation>quedan {minutes} min</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
</context>
<context>
    <name>reading_pane</name>
    <message>
        <source>No article.
Open one from the library, or drop one here.</source>
        <translation>Ningún artículo.
Abra uno desde la biblioteca o suéltelo aquí.</translation>
    </message>
    <message>
        <source>Garbled in the source file (bytes decoded out of step); Reader could not repair it.</source>
        <extracomment>Highlight colours, chosen to stay readable with dark text in light and dark themes.</extracomment>
        <translation>Texto ilegible en el archivo original (bytes descodificados desfasados); Reader no pudo repararlo.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Highlight with note…</source>
        <translation>Resaltar con nota…</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Editar nota…</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <source>Highlight yellow</source>
        <extracomment>The reading pane&apos;s context menu names each colour (``f&quot;Highlight {color}&quot;``).</extracomment>
        <translation>Resaltar en amarillo</translation>
    </message>
    <message>
        <source>Highlight green</source>
        <translation>Resaltar en verde</translation>
    </message>
    <message>
        <source>Highlight blue</source>
        <translation>Resaltar en azul</translation>
    </message>
    <message>
        <source>Highlight pink</source>
        <translation>Resaltar en rosa</translation>
    </message>
    <message>
        <source>Highlight purple</source>
        <translation>Resaltar en morado</translation>
    </message>
</context>
<context>
    <name>recent_menu</name>
    <message>
        <source>Recently &amp;Read</source>
        <translation>&amp;Leídos recientemente</translation>
    </message>
    <message>
        <source>Nothing read yet</source>
        <translation>Aún no ha leído nada</translation>
    </message>
</context>
<context>
    <name>search_controller</name>
    <message>
        <source>Search failed: {message}</source>
        <translation>Falló la búsqueda: {message}</translation>
    </message>
    <message>
        <source>no article open</source>
        <translation>ningún artículo abierto</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} de {total}</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>sin coincidencias</translation>
    </message>
</context>
<context>
    <name>search_filters</name>
    <message>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Any script</source>
        <translation>Cualquier escritura</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>Simplificado</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>Tradicional</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>Latina</translation>
    </message>
    <message>
        <source>Restrict to a language</source>
        <translation>Limitar a un idioma</translation>
    </message>
    <message>
        <source>Restrict to articles in a script</source>
        <translation>Limitar a artículos en una escritura</translation>
    </message>
    <message>
        <source>Restrict to a folder of the library</source>
        <translation>Limitar a una carpeta de la biblioteca</translation>
    </message>
    <message>
        <source>Order of results</source>
        <translation>Orden de los resultados</translation>
    </message>
    <message>
        <source>Tag or collection</source>
        <translation>Etiqueta o colección</translation>
    </message>
    <message>
        <source>Only articles with this tag or collection, or a highlight carrying this tag</source>
        <translation>Solo artículos con esta etiqueta o colección, o con un resaltado que la lleve</translation>
    </message>
    <message>
        <source>From (2023 or 2023-05-04)</source>
        <translation>Desde (2023 o 2023-05-04)</translation>
    </message>
    <message>
        <source>Published on or after</source>
        <translation>Publicado en esa fecha o después</translation>
    </message>
    <message>
        <source>To (2024-12)</source>
        <translation>Hasta (2024-12)</translation>
    </message>
    <message>
        <source>Published on or before</source>
        <translation>Publicado en esa fecha o antes</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Any folder</source>
        <translation>Cualquier carpeta</translation>
    </message>
</context>
<context>
    <name>search_panel</name>
    <message>
        <source>Search the library (Ctrl+Shift+F)…</source>
        <translation>Buscar en la biblioteca (Ctrl+Mayús+F)…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 artículo</translation>
    </message>
    <message>
        <source>{count} articles</source>
        <translation>{count} artículos</translation>
    </message>
    <message>
        <source>(showing {count})</source>
        <translation>(se muestran {count})</translation>
    </message>
    <message>
        <source>still indexing</source>
        <translation>aún indexando</translation>
    </message>
</context>
<context>
    <name>shelf_controller</name>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>Title changed.</source>
        <translation>Título cambiado.</translation>
    </message>
    <message>
        <source>Tags and collections saved.</source>
        <translation>Etiquetas y colecciones guardadas.</translation>
    </message>
    <message>
        <source>Removed from the library; the file and its highlights are kept (Show removed articles → Restore).</source>
        <translation>Quitado de la biblioteca; el archivo y sus resaltados se conservan (Mostrar artículos quitados → Devolver).</translation>
    </message>
    <message>
        <source>Restored to the library.</source>
        <translation>Devuelto a la biblioteca.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Tags (#tag, …) | collections (comma separated):</source>
        <translation>Etiquetas (#etiqueta, …) | colecciones (separadas por comas):</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>Opening Reader…</source>
        <extracomment>(article id, pane name or None) the reader asked to open before the window was ready; the last one wins, as it would in the window.</extracomment>
        <translation>Abriendo Reader…</translation>
    </message>
    <message>
        <source>Reader is still opening: try this again in a moment.</source>
        <translation>Reader aún se está abriendo: inténtelo de nuevo en un momento.</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Marking shared anchors</source>
        <extracomment>two different articles are shown and their anchors are not known: the entity table is needed (built with progress by whoever connects; alignment waits for it)</extracomment>
        <translation>Marcando anclas comunes</translation>
    </message>
    <message>
        <source>Looking up</source>
        <translation>Buscando en el diccionario</translation>
    </message>
    <message>
        <source>Loading pinyin</source>
        <translation>Cargando pinyin</translation>
    </message>
    <message>
        <source>Finding entities</source>
        <translation>Buscando entidades</translation>
    </message>
    <message>
        <source>Finding events</source>
        <translation>Buscando eventos</translation>
    </message>
    <message>
        <source>Loading library</source>
        <translation>Cargando la biblioteca</translation>
    </message>
    <message>
        <source>Re-anchoring highlights</source>
        <translation>Volviendo a anclar resaltados</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indexando</translation>
    </message>
    <message>
        <source>Closing library</source>
        <translation>Cerrando la biblioteca</translation>
    </message>
    <message>
        <source>Adding articles</source>
        <translation>Añadiendo artículos</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>the task key of the index update; searching while it runs says results may be partial</extracomment>
        <translation>Buscando</translation>
    </message>
    <message>
        <source>Aligning the two articles</source>
        <translation>Alineando los dos artículos</translation>
    </message>
</context>
<context>
    <name>typography</name>
    <message>
        <source>Typography</source>
        <extracomment>Chinese reads best with more leading, justified, ~30 ideographs a line; Spanish with ragged right (no hyphenation) and ~66 characters.</extracomment>
        <translation>Tipografía</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Latin font</source>
        <translation>Fuente latina</translation>
    </message>
    <message>
        <source>Chinese font</source>
        <translation>Fuente china</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Line height</source>
        <translation>Interlineado</translation>
    </message>
    <message>
        <source>Paragraph spacing</source>
        <translation>Espacio entre párrafos</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Márgenes</translation>
    </message>
    <message>
        <source>Line width at most</source>
        <translation>Ancho máximo de línea</translation>
    </message>
    <message>
        <source>Spanish and other languages</source>
        <translation>Español y otros idiomas</translation>
    </message>
    <message>
        <source>Justify lines</source>
        <translation>Justificar líneas</translation>
    </message>
</context>
<context>
    <name>vocabulary_panel</name>
    <message>
        <source>Filter words, readings, definitions…</source>
        <translation>Filtrar palabras, lecturas, definiciones…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Export CSV (Anki)…</source>
        <translation>Exportar CSV (Anki)…</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Exportar Markdown…</translation>
    </message>
</context>
<context>
    <name>workspace</name>
    <message>
        <source>Could not open the article.

{error}</source>
        <extracomment>Articles longer than this (characters) and not in memory are opened on a worker. Script views of articles longer than this are converted on a worker (a 300K-character phrase view takes ~0.4 s, issue 14).</extracomment>
        <translation>No se pudo abrir el artículo.

{error}</translation>
    </message>
    <message>
        <source>Opening {title}</source>
        <translation>Abriendo {title}</translation>
    </message>
    <message>
        <source>Converting to {script} …</source>
        <translation>Convirtiendo a {script} …</translation>
    </message>
    <message>
        <source>Converting the script</source>
        <translation>Convirtiendo la escritura</translation>
    </message>
</context>
</TS>
