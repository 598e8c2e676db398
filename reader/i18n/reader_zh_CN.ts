<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Follow System</source>
        <extracomment>Language code → its name in that language (the menu shows each in its own words).</extracomment>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Original</source>
        <extracomment>Texts built from a name are listed whole, so each language can word them its own way.</extracomment>
        <translation>原文</translation>
    </message>
    <message>
        <source>Show the active pane in its original script</source>
        <translation>当前窗格按原文字形显示</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>Show the active pane in simplified script</source>
        <translation>当前窗格以简体显示</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <source>Show the active pane in traditional script</source>
        <translation>当前窗格以繁体显示</translation>
    </message>
    <message>
        <source>Taiwan (phrases)</source>
        <translation>台湾（用语）</translation>
    </message>
    <message>
        <source>Show the active pane in Taiwan script and phrases</source>
        <translation>当前窗格以台湾正体和台湾用语显示</translation>
    </message>
    <message>
        <source>Highlight / Recolour Yellow</source>
        <translation>高亮 / 改为黄色</translation>
    </message>
    <message>
        <source>Highlight / Recolour Green</source>
        <translation>高亮 / 改为绿色</translation>
    </message>
    <message>
        <source>Highlight / Recolour Blue</source>
        <translation>高亮 / 改为蓝色</translation>
    </message>
    <message>
        <source>Highlight / Recolour Pink</source>
        <translation>高亮 / 改为粉色</translation>
    </message>
    <message>
        <source>Highlight / Recolour Purple</source>
        <translation>高亮 / 改为紫色</translation>
    </message>
    <message>
        <source>Follow System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>添加文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Link Folder (Keep in Place)…</source>
        <translation>链接文件夹（保留原位置）(&amp;L)…</translation>
    </message>
    <message>
        <source>Open &amp;Library Folder…</source>
        <translation>打开文库文件夹(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Reload Library</source>
        <translation>重新载入文库(&amp;R)</translation>
    </message>
    <message>
        <source>Recently Read…</source>
        <translation>最近阅读…</translation>
    </message>
    <message>
        <source>Show &amp;Unreadable Files…</source>
        <translation>显示无法读取的文件(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Export Highlights…</source>
        <translation>导出高亮(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>高亮所选内容(&amp;H)</translation>
    </message>
    <message>
        <source>Add or Edit &amp;Note…</source>
        <translation>添加或编辑笔记(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete Highlight</source>
        <translation>删除高亮(&amp;D)</translation>
    </message>
    <message>
        <source>Search &amp;Library…</source>
        <translation>搜索文库(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Update Search Index</source>
        <translation>更新搜索索引(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Rebuild Search Index</source>
        <translation>重建搜索索引(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;ynchronised Scrolling</source>
        <translation>同步滚动(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Jump to Partner Passage</source>
        <translation>跳到对应段落(&amp;J)</translation>
    </message>
    <message>
        <source>In the other pane, the passage about what this pane shows</source>
        <translation>在另一个窗格中显示与本窗格内容对应的段落</translation>
    </message>
    <message>
        <source>S&amp;wap Panes</source>
        <translation>交换窗格(&amp;W)</translation>
    </message>
    <message>
        <source>Open in &amp;Left Pane</source>
        <translation>在左窗格打开(&amp;L)</translation>
    </message>
    <message>
        <source>Open in &amp;Right Pane</source>
        <translation>在右窗格打开(&amp;R)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Caret Browsing</source>
        <translation>光标浏览(&amp;C)</translation>
    </message>
    <message>
        <source>A text cursor in the reading pane: select with Shift+arrow keys</source>
        <translation>在阅读窗格中显示文本光标：用 Shift+方向键选择</translation>
    </message>
    <message>
        <source>&amp;Typography…</source>
        <translation>排版(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Serif Font</source>
        <translation>衬线字体(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Hide All Panels</source>
        <translation>隐藏所有面板(&amp;H)</translation>
    </message>
    <message>
        <source>Focused reading: hide every panel (F9 brings them back)</source>
        <translation>专注阅读：隐藏所有面板（按 F9 恢复）</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <source>Focus &amp;Library</source>
        <translation>聚焦文库(&amp;L)</translation>
    </message>
    <message>
        <source>Focus Left Pane</source>
        <translation>聚焦左窗格</translation>
    </message>
    <message>
        <source>Focus Right Pane</source>
        <translation>聚焦右窗格</translation>
    </message>
    <message>
        <source>&amp;Annotations Panel</source>
        <translation>批注面板(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Events Timeline</source>
        <translation>事件时间线(&amp;E)</translation>
    </message>
    <message>
        <source>E&amp;ntities (Names Across Languages)</source>
        <translation>实体（跨语言名称）(&amp;N)</translation>
    </message>
    <message>
        <source>Each name in every script and language: merge or split them</source>
        <translation>每个名称在各种字形和语言中的写法：可合并或拆分</translation>
    </message>
    <message>
        <source>&amp;Look Up in Dictionary</source>
        <translation>查词典(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Pinyin Above Characters</source>
        <translation>在汉字上方显示拼音(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Vocabulary Panel</source>
        <translation>生词本面板(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>Next &amp;Highlight</source>
        <translation>下一个高亮(&amp;H)</translation>
    </message>
    <message>
        <source>Previous Highlight</source>
        <translation>上一个高亮</translation>
    </message>
    <message>
        <source>Add &amp;Bookmark</source>
        <translation>添加书签(&amp;B)</translation>
    </message>
    <message>
        <source>Next Bookmark</source>
        <translation>下一个书签</translation>
    </message>
    <message>
        <source>Next &amp;Heading</source>
        <translation>下一个标题(&amp;H)</translation>
    </message>
    <message>
        <source>Previous Heading</source>
        <translation>上一个标题</translation>
    </message>
    <message>
        <source>Next &amp;Chapter</source>
        <translation>下一章(&amp;C)</translation>
    </message>
    <message>
        <source>Previous Chapter</source>
        <translation>上一章</translation>
    </message>
    <message>
        <source>Show Text &amp;Kept Out of the Body</source>
        <translation>显示正文之外的文字(&amp;K)</translation>
    </message>
    <message>
        <source>Page chrome, comments and credits removed from the reading text, with why</source>
        <translation>从阅读文本中移除的页面框架、评论和署名，并说明原因</translation>
    </message>
    <message>
        <source>Bookmarks &amp;List</source>
        <translation>书签列表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Reader</source>
        <translation>关于 Reader(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Menus: action ids in order; None is a separator, &quot;dock:&lt;id&gt;&quot; a dock&apos;s show/hide action, (&quot;submenu&quot;, title, ids) a submenu.</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Dictionary</source>
        <translation>词典(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>生词本</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
</context>
<context>
    <name>annotation_controller</name>
    <message>
        <source>Highlights unavailable: {problem}</source>
        <translation>高亮不可用：{problem}</translation>
    </message>
    <message>
        <source>Select some text to highlight.</source>
        <translation>请先选择要高亮的文字。</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Choose the highlight to re-attach in the Annotations panel first.</source>
        <translation>请先在批注面板中选择要重新附加的高亮。</translation>
    </message>
    <message>
        <source>Re-attach highlight</source>
        <translation>重新附加高亮</translation>
    </message>
    <message>
        <source>Open the highlight&apos;s article, select the passage it belongs to, then choose Re-attach again.</source>
        <translation>请打开该高亮所属的文章，选中它对应的段落，然后再次选择“重新附加”。</translation>
    </message>
    <message>
        <source>Export highlights</source>
        <translation>导出高亮</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
</context>
<context>
    <name>annotations_panel</name>
    <message>
        <source>Could not be placed in the current text: select new text and use Re-attach.</source>
        <translation>无法在当前文本中定位：请选择新文字并使用“重新附加”。</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>整个文库</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>所有颜色</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <source>Search quotes and notes…</source>
        <translation>搜索摘录和笔记…</translation>
    </message>
    <message>
        <source>Highlights whose passage is no longer in the text: show only them, then select new text and Re-attach</source>
        <translation>原段落已不在文本中的高亮：只显示这些，然后选择新文字并点“重新附加”</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Re-attach</source>
        <translation>重新附加</translation>
    </message>
    <message>
        <source>Attach the selected highlight to the text selected in the reading pane</source>
        <translation>把所选高亮附加到阅读窗格中选中的文字上</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>{count} not placed</source>
        <translation>{count} 个未定位</translation>
    </message>
    <message>
        <source>Show only the {count} highlights not placed</source>
        <translation>只显示 {count} 个未定位的高亮</translation>
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
        <translation>本文没有书签。按 Ctrl+B 在当前阅读位置添加。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Bookmark the top of the active pane (Ctrl+B)</source>
        <translation>为当前窗格顶部添加书签（Ctrl+B）</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>转到</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected bookmark (Del)</source>
        <translation>删除所选书签（Del）</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Quote</source>
        <extracomment>colours made once, not per paint Quote, Note, Tags, Date, Article: the quote reads at the dock&apos;s default width</extracomment>
        <translation>摘录</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>写法</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>上次阅读</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读音</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>释义</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>例句</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <source>Taiwan (phrases)</source>
        <translation>台湾（用语）</translation>
    </message>
    <message>
        <source>Mainland (phrases)</source>
        <translation>大陆（用语）</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>相关度</translation>
    </message>
    <message>
        <source>Date published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>photo credit</source>
        <extracomment>Why a block was kept out of the body (reader/core/text/structure.py) and why a file could not be read (reader/core/library/articles.py): stable English the core returns.</extracomment>
        <translation>图片署名</translation>
    </message>
    <message>
        <source>reprint or copyright notice</source>
        <translation>转载或版权声明</translation>
    </message>
    <message>
        <source>stray symbols</source>
        <translation>零散符号</translation>
    </message>
    <message>
        <source>comment box</source>
        <translation>评论框</translation>
    </message>
    <message>
        <source>reader&apos;s comment</source>
        <translation>读者评论</translation>
    </message>
    <message>
        <source>short line among page widgets</source>
        <translation>页面组件间的短行</translation>
    </message>
    <message>
        <source>symbols only</source>
        <translation>只有符号</translation>
    </message>
    <message>
        <source>site menu</source>
        <translation>网站菜单</translation>
    </message>
    <message>
        <source>page widget words</source>
        <translation>页面组件用语</translation>
    </message>
    <message>
        <source>page widget link</source>
        <translation>页面组件链接</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>找不到</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>作者信息</translation>
    </message>
    <message>
        <source>chrome</source>
        <translation>页面框架</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>byline: {fields}</source>
        <extracomment>Reasons with a part filled in by the core: (English prefix or suffix, template).</extracomment>
        <translation>作者信息：{fields}</translation>
    </message>
    <message>
        <source>not an article file ({detail}</source>
        <translation>不是文章文件（{detail}</translation>
    </message>
    <message>
        <source>{reason} (page head)</source>
        <translation>{reason}（页首）</translation>
    </message>
    <message>
        <source>{reason} (page tail)</source>
        <translation>{reason}（页尾）</translation>
    </message>
</context>
<context>
    <name>dictionary_controller</name>
    <message>
        <source>Look Up in Dictionary</source>
        <extracomment>A selection longer than this is looked up by its beginning only.</extracomment>
        <translation>查词典</translation>
    </message>
    <message>
        <source>Pinyin Above Characters</source>
        <translation>在汉字上方显示拼音</translation>
    </message>
    <message>
        <source>Opening the dictionary…</source>
        <translation>正在打开词典…</translation>
    </message>
    <message>
        <source>Not added: {error}</source>
        <translation>未添加：{error}</translation>
    </message>
    <message>
        <source>Added to vocabulary.</source>
        <translation>已加入生词本。</translation>
    </message>
    <message>
        <source>“{word}” is already in your vocabulary.</source>
        <translation>“{word}”已在生词本中。</translation>
    </message>
    <message>
        <source>Export vocabulary</source>
        <translation>导出生词本</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>导出失败：{error}</translation>
    </message>
</context>
<context>
    <name>dictionary_popup</name>
    <message>
        <source>not in the dictionary</source>
        <translation>词典中没有</translation>
    </message>
    <message>
        <source>Nothing found for {query}.</source>
        <translation>没有找到“{query}”。</translation>
    </message>
    <message>
        <source>Add to vocabulary</source>
        <translation>加入生词本</translation>
    </message>
    <message>
        <source>Search library</source>
        <translation>搜索文库</translation>
    </message>
    <message>
        <source>Search library for “{word}”</source>
        <translation>在文库中搜索“{word}”</translation>
    </message>
</context>
<context>
    <name>entities_controller</name>
    <message>
        <source>Finding entities…</source>
        <translation>正在查找实体…</translation>
    </message>
    <message>
        <source>Could not find entities: {message}</source>
        <translation>无法查找实体：{message}</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Could not save the change.</source>
        <translation>无法保存更改。</translation>
    </message>
    <message>
        <source>Merged {names}</source>
        <translation>已合并 {names}</translation>
    </message>
    <message>
        <source>Split {name} off its entity</source>
        <translation>已将 {name} 从其实体中拆分出去</translation>
    </message>
    <message>
        <source>Could not undo the change.</source>
        <translation>无法撤销更改。</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
</context>
<context>
    <name>entities_panel</name>
    <message>
        <source>Filter entities…</source>
        <translation>筛选实体…</translation>
    </message>
    <message>
        <source>The forms of the chosen entity; split one out if it is not the same thing</source>
        <translation>所选实体的各种写法；如果某个写法指的不是同一事物，可将其拆分出去</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Make the selected entities one (select two or more)</source>
        <translation>把所选实体合并为一个（请选择两个或更多）</translation>
    </message>
    <message>
        <source>&amp;Split Off Form</source>
        <translation>拆分写法(&amp;S)</translation>
    </message>
    <message>
        <source>Take the chosen form out of its entity</source>
        <translation>把所选写法从其实体中拆分出去</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last merge or split</source>
        <translation>撤销上一次合并或拆分</translation>
    </message>
    <message>
        <source>Entities are found when the panel opens.</source>
        <translation>打开面板时会查找实体。</translation>
    </message>
    <message>
        <source>{count} entities, {several} with several forms</source>
        <translation>{count} 个实体，其中 {several} 个有多种写法</translation>
    </message>
</context>
<context>
    <name>events_panel</name>
    <message>
        <source>start</source>
        <translation>初</translation>
    </message>
    <message>
        <source>mid</source>
        <translation>中</translation>
    </message>
    <message>
        <source>end</source>
        <translation>末</translation>
    </message>
    <message>
        <source>(year inferred from the article)</source>
        <translation>（年份由文章推断）</translation>
    </message>
    <message>
        <source>Actors: {actors}</source>
        <translation>人物：{actors}</translation>
    </message>
    <message>
        <source>Reported by {count} articles</source>
        <translation>{count} 篇文章提到</translation>
    </message>
    <message>
        <source>Filter events…</source>
        <translation>筛选事件…</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>from (2019, 2019-05)</source>
        <translation>起（2019、2019-05）</translation>
    </message>
    <message>
        <source>to</source>
        <translation>止</translation>
    </message>
    <message>
        <source>This article only</source>
        <translation>仅本文</translation>
    </message>
</context>
<context>
    <name>find_bar</name>
    <message>
        <source>Find in article…</source>
        <translation>在文章中查找…</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配（Shift+F3）</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一个匹配（F3）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
</context>
<context>
    <name>fonts</name>
    <message>
        <source>No Chinese font installed: Chinese shows as boxes. Install one, e.g. `sudo apt install {package}`, and restart Reader.</source>
        <extracomment>Preferred families, first found wins; Qt falls back per glyph after these. The Debian/Ubuntu package the hint names: the complete CJK family (simplified and traditional).</extracomment>
        <translation>未安装中文字体：中文会显示为方框。请安装一种，例如 `sudo apt install {package}`，然后重新启动 Reader。</translation>
    </message>
    <message>
        <source>No Chinese font installed: showing Chinese with {family}. For proper Chinese glyphs install one, e.g. `sudo apt install {package}`.</source>
        <translation>未安装中文字体：正在用 {family} 显示中文。要获得正确的中文字形，请安装一种，例如 `sudo apt install {package}`。</translation>
    </message>
</context>
<context>
    <name>help_dialogs</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About Reader</source>
        <translation>关于 Reader</translation>
    </message>
    <message>
        <source>An offline reader for Chinese (simplified and traditional) and Spanish articles.</source>
        <translation>一款离线阅读中文（简体和繁体）与西班牙语文章的阅读器。</translation>
    </message>
</context>
<context>
    <name>library_jobs</name>
    <message>
        <source>Loading {folder} …</source>
        <translation>正在载入 {folder} …</translation>
    </message>
    <message>
        <source>The library catalog could not be read ({reason}): it is made again from the files; nothing is lost.</source>
        <translation>无法读取文库目录（{reason}）：将根据文件重新建立，不会丢失任何内容。</translation>
    </message>
    <message>
        <source>Stopped reading files: {count} articles listed. Reload Library (F5) reads the others.</source>
        <translation>已停止读取文件：已列出 {count} 篇文章。重新载入文库（F5）会读取其余文件。</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 篇文章</translation>
    </message>
    <message>
        <source>{count} articles</source>
        <translation>{count} 篇文章</translation>
    </message>
    <message>
        <source>{articles} in {folder}</source>
        <translation>{folder} 中有 {articles}</translation>
    </message>
    <message>
        <source>{articles}: {inside} in {folder}, {outside} added from other folders</source>
        <translation>{articles}：{inside} 篇在 {folder} 中，{outside} 篇来自其他文件夹</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>Every file in the library could be read.</source>
        <translation>文库中的所有文件都能读取。</translation>
    </message>
    <message>
        <source>Unreadable files</source>
        <translation>无法读取的文件</translation>
    </message>
    <message>
        <source>{count} file(s) were skipped; the rest of the library loaded.</source>
        <translation>跳过了 {count} 个文件；文库的其余部分已载入。</translation>
    </message>
    <message>
        <source>Search index rebuilt: {reason}.</source>
        <translation>搜索索引已重建：{reason}。</translation>
    </message>
    <message>
        <source>Search index updated: {added} added, {updated} changed, {removed} removed.</source>
        <translation>搜索索引已更新：新增 {added} 篇，更改 {updated} 篇，移除 {removed} 篇。</translation>
    </message>
    <message>
        <source>Add articles</source>
        <translation>添加文章</translation>
    </message>
    <message>
        <source>Add a folder of articles</source>
        <translation>添加文章文件夹</translation>
    </message>
    <message>
        <source>Link a folder of articles</source>
        <translation>链接文章文件夹</translation>
    </message>
    <message>
        <source>Open library folder</source>
        <translation>打开文库文件夹</translation>
    </message>
    <message>
        <source>Adding articles…</source>
        <translation>正在添加文章…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Adding {name} ({done} of {total})…</source>
        <translation>正在添加 {name}（第 {done} 个，共 {total} 个）…</translation>
    </message>
    <message>
        <source>Adding articles failed.

{message}</source>
        <translation>添加文章失败。

{message}</translation>
    </message>
    <message>
        <source>Added 1 article</source>
        <translation>已添加 1 篇文章</translation>
    </message>
    <message>
        <source>Added {count} articles</source>
        <translation>已添加 {count} 篇文章</translation>
    </message>
    <message>
        <source>{count} already in the library (kept once)</source>
        <translation>{count} 篇已在文库中（只保留一份）</translation>
    </message>
    <message>
        <source>1 file could not be read (File → Show Unreadable Files)</source>
        <translation>1 个文件无法读取（文件 → 显示无法读取的文件）</translation>
    </message>
    <message>
        <source>Stop Reading Files</source>
        <translation>停止读取文件</translation>
    </message>
    <message>
        <source>{count} files could not be read (File → Show Unreadable Files)</source>
        <translation>{count} 个文件无法读取（文件 → 显示无法读取的文件）</translation>
    </message>
</context>
<context>
    <name>library_model</name>
    <message>
        <source>not read yet</source>
        <translation>尚未读取</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} 个字符</translation>
    </message>
</context>
<context>
    <name>library_panel</name>
    <message>
        <source>Filter by title…</source>
        <translation>按标题筛选…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <source>Show removed articles</source>
        <translation>显示已移除的文章</translation>
    </message>
    <message>
        <source>Open in Left Pane</source>
        <translation>在左窗格打开</translation>
    </message>
    <message>
        <source>Open in Right Pane</source>
        <translation>在右窗格打开</translation>
    </message>
    <message>
        <source>Edit Title…</source>
        <translation>编辑标题…</translation>
    </message>
    <message>
        <source>Tags and Collections…</source>
        <translation>标签和合集…</translation>
    </message>
    <message>
        <source>Restore to Library</source>
        <translation>恢复到文库</translation>
    </message>
    <message>
        <source>Remove from Library (Keep the File)</source>
        <translation>从文库中移除（保留文件）</translation>
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
        <translation>正在载入文库…</translation>
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <translation>缩放 {percent}%</translation>
    </message>
    <message>
        <source>{task} failed: {message}</source>
        <translation>{task}失败：{message}</translation>
    </message>
    <message>
        <source>{task} failed.

{message}</source>
        <translation>{task}失败。

{message}</translation>
    </message>
</context>
<context>
    <name>navigation</name>
    <message>
        <source>No highlights in this article.</source>
        <translation>本文没有高亮。</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>Bookmark added: {label}…</source>
        <translation>已添加书签：{label}…</translation>
    </message>
    <message>
        <source>Bookmark deleted.</source>
        <translation>书签已删除。</translation>
    </message>
    <message>
        <source>No bookmarks in this article (Ctrl+B adds one).</source>
        <translation>本文没有书签（按 Ctrl+B 添加）。</translation>
    </message>
</context>
<context>
    <name>note_dialog</name>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, lists, [links](https://…)</source>
        <translation>Markdown：**粗体**、*斜体*、列表、[链接](https://…)</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>标签，用逗号分隔</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
</context>
<context>
    <name>outline_controller</name>
    <message>
        <source>No further heading</source>
        <translation>后面没有标题了</translation>
    </message>
    <message>
        <source>No earlier heading</source>
        <translation>前面没有标题了</translation>
    </message>
</context>
<context>
    <name>outline_panel</name>
    <message>
        <source>No headings in this article.</source>
        <extracomment>Metadata shown in the header (bylines and sources of the text, a web page&apos;s author and site), in this order; the rest (keywords, descriptions, URLs) stays in --blocks --json.</extracomment>
        <translation>本文没有标题。</translation>
    </message>
    <message>
        <source>Show text kept out of the body</source>
        <translation>显示正文之外的文字</translation>
    </message>
    <message>
        <source>Show text kept out of the body ({count})</source>
        <translation>显示正文之外的文字（{count}）</translation>
    </message>
</context>
<context>
    <name>pane_container</name>
    <message>
        <source>No article here.

Open one from the library (select it, then Enter), or drag one onto this pane.</source>
        <extracomment>Reading speed, characters a minute: Chinese ~400 characters, Spanish ~200 words. Han characters (CJK unified ideographs, extension A, compatibility, extensions B…): where there are none, a script conversion changes nothing (issue 18).</extracomment>
        <translation>这里还没有文章。

从文库中打开一篇（选中后按 Enter），或把文章拖到此窗格。</translation>
    </message>
    <message>
        <source>Script of this pane (Alt+1…4 for the active pane)</source>
        <translation>本窗格的字形（当前窗格可按 Alt+1…4）</translation>
    </message>
    <message>
        <source>Close this pane</source>
        <translation>关闭此窗格</translation>
    </message>
    <message>
        <source>No Chinese in this article: the script does not apply</source>
        <translation>本文没有中文：字形设置不适用</translation>
    </message>
    <message>
        <source>{minutes} min left</source>
        <translation>还剩 {minutes} 分钟</translation>
    </message>
    <message>
        <source>end</source>
        <translation>已读完</translation>
    </message>
</context>
<context>
    <name>reading_pane</name>
    <message>
        <source>No article.
Open one from the library, or drop one here.</source>
        <translation>没有文章。
请从文库中打开一篇，或拖放到这里。</translation>
    </message>
    <message>
        <source>Garbled in the source file (bytes decoded out of step); Reader could not repair it.</source>
        <extracomment>Highlight colours, chosen to stay readable with dark text in light and dark themes.</extracomment>
        <translation>源文件中的乱码（字节解码错位）；Reader 无法修复。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Highlight with note…</source>
        <translation>高亮并添加笔记…</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>编辑笔记…</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Highlight yellow</source>
        <extracomment>The reading pane&apos;s context menu names each colour (``f&quot;Highlight {color}&quot;``).</extracomment>
        <translation>黄色高亮</translation>
    </message>
    <message>
        <source>Highlight green</source>
        <translation>绿色高亮</translation>
    </message>
    <message>
        <source>Highlight blue</source>
        <translation>蓝色高亮</translation>
    </message>
    <message>
        <source>Highlight pink</source>
        <translation>粉色高亮</translation>
    </message>
    <message>
        <source>Highlight purple</source>
        <translation>紫色高亮</translation>
    </message>
</context>
<context>
    <name>recent_menu</name>
    <message>
        <source>Recently &amp;Read</source>
        <translation>最近阅读(&amp;R)</translation>
    </message>
    <message>
        <source>Nothing read yet</source>
        <translation>还没有阅读记录</translation>
    </message>
</context>
<context>
    <name>search_controller</name>
    <message>
        <source>Search failed: {message}</source>
        <translation>搜索失败：{message}</translation>
    </message>
    <message>
        <source>no article open</source>
        <translation>没有打开的文章</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>第 {current} 个，共 {total} 个</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>没有匹配</translation>
    </message>
</context>
<context>
    <name>search_filters</name>
    <message>
        <source>Any language</source>
        <translation>任意语言</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>Any script</source>
        <translation>任意字形</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>拉丁字母</translation>
    </message>
    <message>
        <source>Restrict to a language</source>
        <translation>限定语言</translation>
    </message>
    <message>
        <source>Restrict to articles in a script</source>
        <translation>限定文章的字形</translation>
    </message>
    <message>
        <source>Restrict to a folder of the library</source>
        <translation>限定文库中的文件夹</translation>
    </message>
    <message>
        <source>Order of results</source>
        <translation>结果排序</translation>
    </message>
    <message>
        <source>Tag or collection</source>
        <translation>标签或合集</translation>
    </message>
    <message>
        <source>Only articles with this tag or collection, or a highlight carrying this tag</source>
        <translation>只显示带此标签或合集的文章，或带此标签高亮的文章</translation>
    </message>
    <message>
        <source>From (2023 or 2023-05-04)</source>
        <translation>起（2023 或 2023-05-04）</translation>
    </message>
    <message>
        <source>Published on or after</source>
        <translation>在此日期或之后发布</translation>
    </message>
    <message>
        <source>To (2024-12)</source>
        <translation>止（2024-12）</translation>
    </message>
    <message>
        <source>Published on or before</source>
        <translation>在此日期或之前发布</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>字形</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Any folder</source>
        <translation>任意文件夹</translation>
    </message>
</context>
<context>
    <name>search_panel</name>
    <message>
        <source>Search the library (Ctrl+Shift+F)…</source>
        <translation>搜索文库（Ctrl+Shift+F）…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 篇文章</translation>
    </message>
    <message>
        <source>{count} articles</source>
        <translation>{count} 篇文章</translation>
    </message>
    <message>
        <source>(showing {count})</source>
        <translation>（显示 {count} 篇）</translation>
    </message>
    <message>
        <source>still indexing</source>
        <translation>仍在建立索引</translation>
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
        <translation>标题已更改。</translation>
    </message>
    <message>
        <source>Tags and collections saved.</source>
        <translation>标签和合集已保存。</translation>
    </message>
    <message>
        <source>Removed from the library; the file and its highlights are kept (Show removed articles → Restore).</source>
        <translation>已从文库中移除；文件和高亮都保留着（显示已移除的文章 → 恢复）。</translation>
    </message>
    <message>
        <source>Restored to the library.</source>
        <translation>已恢复到文库。</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Tags (#tag, …) | collections (comma separated):</source>
        <translation>标签（#标签, …）| 合集（用逗号分隔）：</translation>
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
        <translation>正在打开 Reader…</translation>
    </message>
    <message>
        <source>Reader is still opening: try this again in a moment.</source>
        <translation>Reader 仍在打开：请稍后再试。</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Marking shared anchors</source>
        <extracomment>two different articles are shown and their anchors are not known: the entity table is needed (built with progress by whoever connects; alignment waits for it)</extracomment>
        <translation>正在标记共同锚点</translation>
    </message>
    <message>
        <source>Looking up</source>
        <translation>正在查询</translation>
    </message>
    <message>
        <source>Loading pinyin</source>
        <translation>正在载入拼音</translation>
    </message>
    <message>
        <source>Finding entities</source>
        <translation>正在查找实体</translation>
    </message>
    <message>
        <source>Finding events</source>
        <translation>正在查找事件</translation>
    </message>
    <message>
        <source>Loading library</source>
        <translation>正在载入文库</translation>
    </message>
    <message>
        <source>Re-anchoring highlights</source>
        <translation>正在重新定位高亮</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>正在建立索引</translation>
    </message>
    <message>
        <source>Closing library</source>
        <translation>正在关闭文库</translation>
    </message>
    <message>
        <source>Adding articles</source>
        <translation>正在添加文章</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>the task key of the index update; searching while it runs says results may be partial</extracomment>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Aligning the two articles</source>
        <translation>正在对齐两篇文章</translation>
    </message>
</context>
<context>
    <name>typography</name>
    <message>
        <source>Typography</source>
        <extracomment>Chinese reads best with more leading, justified, ~30 ideographs a line; Spanish with ragged right (no hyphenation) and ~66 characters.</extracomment>
        <translation>排版</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Spanish and other languages</source>
        <translation>西班牙语及其他语言</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 个字符</translation>
    </message>
    <message>
        <source>Justify lines</source>
        <translation>两端对齐</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Latin font</source>
        <translation>西文字体</translation>
    </message>
    <message>
        <source>Chinese font</source>
        <translation>中文字体</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>字号</translation>
    </message>
    <message>
        <source>Line height</source>
        <translation>行高</translation>
    </message>
    <message>
        <source>Paragraph spacing</source>
        <translation>段落间距</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>页边距</translation>
    </message>
    <message>
        <source>Line width at most</source>
        <translation>最大行宽</translation>
    </message>
</context>
<context>
    <name>vocabulary_panel</name>
    <message>
        <source>Filter words, readings, definitions…</source>
        <translation>筛选词语、读音、释义…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Export CSV (Anki)…</source>
        <translation>导出 CSV（Anki）…</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>导出 Markdown…</translation>
    </message>
</context>
<context>
    <name>workspace</name>
    <message>
        <source>Could not open the article.

{error}</source>
        <extracomment>Articles longer than this (characters) and not in memory are opened on a worker. Script views of articles longer than this are converted on a worker (a 300K-character phrase view takes ~0.4 s, issue 14).</extracomment>
        <translation>无法打开文章。

{error}</translation>
    </message>
    <message>
        <source>Opening {title}</source>
        <translation>正在打开 {title}</translation>
    </message>
    <message>
        <source>Converting to {script} …</source>
        <translation>正在转换为{script} …</translation>
    </message>
    <message>
        <source>Converting the script</source>
        <translation>正在转换字形</translation>
    </message>
</context>
</TS>
