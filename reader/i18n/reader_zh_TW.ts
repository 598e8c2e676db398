<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Follow System</source>
        <extracomment>Language code → its name in that language (the menu shows each in its own words).</extracomment>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
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
        <translation>目前窗格以原文字形顯示</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>簡體</translation>
    </message>
    <message>
        <source>Show the active pane in simplified script</source>
        <translation>目前窗格以簡體顯示</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>Show the active pane in traditional script</source>
        <translation>目前窗格以繁體顯示</translation>
    </message>
    <message>
        <source>Taiwan (phrases)</source>
        <translation>臺灣（用語）</translation>
    </message>
    <message>
        <source>Show the active pane in Taiwan script and phrases</source>
        <translation>目前窗格以臺灣正體字與臺灣用語顯示</translation>
    </message>
    <message>
        <source>Highlight / Recolour Yellow</source>
        <translation>螢光標記 / 改為黃色</translation>
    </message>
    <message>
        <source>Highlight / Recolour Green</source>
        <translation>螢光標記 / 改為綠色</translation>
    </message>
    <message>
        <source>Highlight / Recolour Blue</source>
        <translation>螢光標記 / 改為藍色</translation>
    </message>
    <message>
        <source>Highlight / Recolour Pink</source>
        <translation>螢光標記 / 改為粉紅色</translation>
    </message>
    <message>
        <source>Highlight / Recolour Purple</source>
        <translation>螢光標記 / 改為紫色</translation>
    </message>
    <message>
        <source>Follow System</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>加入檔案(&amp;A)…</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>加入資料夾(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Link Folder (Keep in Place)…</source>
        <translation>連結資料夾（保留原位置）(&amp;L)…</translation>
    </message>
    <message>
        <source>Open &amp;Library Folder…</source>
        <translation>開啟書庫資料夾(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Reload Library</source>
        <translation>重新載入書庫(&amp;R)</translation>
    </message>
    <message>
        <source>Recently Read…</source>
        <translation>最近閱讀…</translation>
    </message>
    <message>
        <source>Show &amp;Unreadable Files…</source>
        <translation>顯示無法讀取的檔案(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Export Highlights…</source>
        <translation>匯出螢光標記(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>標記選取內容(&amp;H)</translation>
    </message>
    <message>
        <source>Add or Edit &amp;Note…</source>
        <translation>新增或編輯筆記(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete Highlight</source>
        <translation>刪除螢光標記(&amp;D)</translation>
    </message>
    <message>
        <source>Search &amp;Library…</source>
        <translation>搜尋書庫(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>在文章中尋找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>尋找下一個(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>尋找上一個(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Update Search Index</source>
        <translation>更新搜尋索引(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Rebuild Search Index</source>
        <translation>重建搜尋索引(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;ynchronised Scrolling</source>
        <translation>同步捲動(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Jump to Partner Passage</source>
        <translation>跳到對應段落(&amp;J)</translation>
    </message>
    <message>
        <source>In the other pane, the passage about what this pane shows</source>
        <translation>在另一個窗格中顯示與本窗格內容對應的段落</translation>
    </message>
    <message>
        <source>S&amp;wap Panes</source>
        <translation>交換窗格(&amp;W)</translation>
    </message>
    <message>
        <source>Open in &amp;Left Pane</source>
        <translation>在左窗格開啟(&amp;L)</translation>
    </message>
    <message>
        <source>Open in &amp;Right Pane</source>
        <translation>在右窗格開啟(&amp;R)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>實際大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Caret Browsing</source>
        <translation>游標瀏覽(&amp;C)</translation>
    </message>
    <message>
        <source>A text cursor in the reading pane: select with Shift+arrow keys</source>
        <translation>在閱讀窗格中顯示文字游標：以 Shift+方向鍵選取</translation>
    </message>
    <message>
        <source>&amp;Typography…</source>
        <translation>排版(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Serif Font</source>
        <translation>襯線字型(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Hide All Panels</source>
        <translation>隱藏所有面板(&amp;H)</translation>
    </message>
    <message>
        <source>Focused reading: hide every panel (F9 brings them back)</source>
        <translation>專注閱讀：隱藏所有面板（按 F9 恢復）</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>全螢幕(&amp;U)</translation>
    </message>
    <message>
        <source>Focus &amp;Library</source>
        <translation>聚焦書庫(&amp;L)</translation>
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
        <translation>註記面板(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Events Timeline</source>
        <translation>事件時間軸(&amp;E)</translation>
    </message>
    <message>
        <source>E&amp;ntities (Names Across Languages)</source>
        <translation>實體（跨語言名稱）(&amp;N)</translation>
    </message>
    <message>
        <source>Each name in every script and language: merge or split them</source>
        <translation>每個名稱在各種字形與語言中的寫法：可合併或分開</translation>
    </message>
    <message>
        <source>&amp;Look Up in Dictionary</source>
        <translation>查字典(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Pinyin Above Characters</source>
        <translation>在漢字上方顯示拼音(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Vocabulary Panel</source>
        <translation>生詞本面板(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一頁(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>下一頁(&amp;F)</translation>
    </message>
    <message>
        <source>Next &amp;Highlight</source>
        <translation>下一個螢光標記(&amp;H)</translation>
    </message>
    <message>
        <source>Previous Highlight</source>
        <translation>上一個螢光標記</translation>
    </message>
    <message>
        <source>Add &amp;Bookmark</source>
        <translation>新增書籤(&amp;B)</translation>
    </message>
    <message>
        <source>Next Bookmark</source>
        <translation>下一個書籤</translation>
    </message>
    <message>
        <source>Next &amp;Heading</source>
        <translation>下一個標題(&amp;H)</translation>
    </message>
    <message>
        <source>Previous Heading</source>
        <translation>上一個標題</translation>
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
        <translation>顯示內文以外的文字(&amp;K)</translation>
    </message>
    <message>
        <source>Page chrome, comments and credits removed from the reading text, with why</source>
        <translation>從閱讀文字中移除的頁面框架、留言與署名，並說明原因</translation>
    </message>
    <message>
        <source>Bookmarks &amp;List</source>
        <translation>書籤清單(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Reader</source>
        <translation>關於 Reader(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Menus: action ids in order; None is a separator, &quot;dock:&lt;id&gt;&quot; a dock&apos;s show/hide action, (&quot;submenu&quot;, title, ids) a submenu.</extracomment>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜尋(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>佈景主題(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Dictionary</source>
        <translation>字典(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>書庫</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>註記</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>生詞本</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>大綱</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>書籤</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>實體</translation>
    </message>
</context>
<context>
    <name>annotation_controller</name>
    <message>
        <source>Highlights unavailable: {problem}</source>
        <translation>螢光標記無法使用：{problem}</translation>
    </message>
    <message>
        <source>Select some text to highlight.</source>
        <translation>請先選取要標記的文字。</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>螢光標記</translation>
    </message>
    <message>
        <source>Choose the highlight to re-attach in the Annotations panel first.</source>
        <translation>請先在註記面板中選擇要重新附加的螢光標記。</translation>
    </message>
    <message>
        <source>Re-attach highlight</source>
        <translation>重新附加螢光標記</translation>
    </message>
    <message>
        <source>Open the highlight&apos;s article, select the passage it belongs to, then choose Re-attach again.</source>
        <translation>請開啟該螢光標記所屬的文章，選取它對應的段落，然後再次選擇「重新附加」。</translation>
    </message>
    <message>
        <source>Export highlights</source>
        <translation>匯出螢光標記</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已匯出至 {path}</translation>
    </message>
</context>
<context>
    <name>annotations_panel</name>
    <message>
        <source>Could not be placed in the current text: select new text and use Re-attach.</source>
        <translation>無法在目前的文字中定位：請選取新文字並使用「重新附加」。</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>整個書庫</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>所有顏色</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>標籤…</translation>
    </message>
    <message>
        <source>Search quotes and notes…</source>
        <translation>搜尋摘錄與筆記…</translation>
    </message>
    <message>
        <source>Highlights whose passage is no longer in the text: show only them, then select new text and Re-attach</source>
        <translation>原段落已不在文字中的螢光標記：只顯示這些，然後選取新文字並按「重新附加」</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Re-attach</source>
        <translation>重新附加</translation>
    </message>
    <message>
        <source>Attach the selected highlight to the text selected in the reading pane</source>
        <translation>將選取的螢光標記附加到閱讀窗格中選取的文字</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>{count} not placed</source>
        <translation>{count} 個未定位</translation>
    </message>
    <message>
        <source>Show only the {count} highlights not placed</source>
        <translation>只顯示 {count} 個未定位的螢光標記</translation>
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
        <translation>本文沒有書籤。按 Ctrl+B 可在目前閱讀位置新增。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Bookmark the top of the active pane (Ctrl+B)</source>
        <translation>在目前窗格頂端新增書籤（Ctrl+B）</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>前往</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Delete the selected bookmark (Del)</source>
        <translation>刪除選取的書籤（Del）</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Quote</source>
        <extracomment>colours made once, not per paint Quote, Note, Tags, Date, Article: the quote reads at the dock&apos;s default width</extracomment>
        <translation>摘錄</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
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
        <translation>書籤</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>實體</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>寫法</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依據</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>加入時間</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>上次閱讀</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>詞語</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>讀音</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>釋義</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>例句</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
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
        <translation>簡體</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>Taiwan (phrases)</source>
        <translation>臺灣（用語）</translation>
    </message>
    <message>
        <source>Mainland (phrases)</source>
        <translation>中國大陸（用語）</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>相關性</translation>
    </message>
    <message>
        <source>Date published</source>
        <translation>發布日期</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>photo credit</source>
        <extracomment>Why a block was kept out of the body (reader/core/text/structure.py) and why a file could not be read (reader/core/library/articles.py): stable English the core returns.</extracomment>
        <translation>圖片來源</translation>
    </message>
    <message>
        <source>reprint or copyright notice</source>
        <translation>轉載或版權聲明</translation>
    </message>
    <message>
        <source>stray symbols</source>
        <translation>零星符號</translation>
    </message>
    <message>
        <source>comment box</source>
        <translation>留言框</translation>
    </message>
    <message>
        <source>reader&apos;s comment</source>
        <translation>讀者留言</translation>
    </message>
    <message>
        <source>short line among page widgets</source>
        <translation>頁面元件之間的短行</translation>
    </message>
    <message>
        <source>symbols only</source>
        <translation>只有符號</translation>
    </message>
    <message>
        <source>site menu</source>
        <translation>網站選單</translation>
    </message>
    <message>
        <source>page widget words</source>
        <translation>頁面元件用語</translation>
    </message>
    <message>
        <source>page widget link</source>
        <translation>頁面元件連結</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>找不到</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>作者資訊</translation>
    </message>
    <message>
        <source>chrome</source>
        <translation>頁面框架</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>byline: {fields}</source>
        <extracomment>Reasons with a part filled in by the core: (English prefix or suffix, template).</extracomment>
        <translation>作者資訊：{fields}</translation>
    </message>
    <message>
        <source>not an article file ({detail}</source>
        <translation>不是文章檔案（{detail}</translation>
    </message>
    <message>
        <source>{reason} (page head)</source>
        <translation>{reason}（頁首）</translation>
    </message>
    <message>
        <source>{reason} (page tail)</source>
        <translation>{reason}（頁尾）</translation>
    </message>
</context>
<context>
    <name>dictionary_controller</name>
    <message>
        <source>Look Up in Dictionary</source>
        <extracomment>A selection longer than this is looked up by its beginning only.</extracomment>
        <translation>查字典</translation>
    </message>
    <message>
        <source>Pinyin Above Characters</source>
        <translation>在漢字上方顯示拼音</translation>
    </message>
    <message>
        <source>Opening the dictionary…</source>
        <translation>正在開啟字典…</translation>
    </message>
    <message>
        <source>Not added: {error}</source>
        <translation>未加入：{error}</translation>
    </message>
    <message>
        <source>Added to vocabulary.</source>
        <translation>已加入生詞本。</translation>
    </message>
    <message>
        <source>“{word}” is already in your vocabulary.</source>
        <translation>「{word}」已在生詞本中。</translation>
    </message>
    <message>
        <source>Export vocabulary</source>
        <translation>匯出生詞本</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>匯出失敗：{error}</translation>
    </message>
</context>
<context>
    <name>dictionary_popup</name>
    <message>
        <source>not in the dictionary</source>
        <translation>字典中沒有</translation>
    </message>
    <message>
        <source>Nothing found for {query}.</source>
        <translation>找不到「{query}」。</translation>
    </message>
    <message>
        <source>Add to vocabulary</source>
        <translation>加入生詞本</translation>
    </message>
    <message>
        <source>Search library</source>
        <translation>搜尋書庫</translation>
    </message>
    <message>
        <source>Search library for “{word}”</source>
        <translation>在書庫中搜尋「{word}」</translation>
    </message>
</context>
<context>
    <name>entities_controller</name>
    <message>
        <source>Finding entities…</source>
        <translation>正在尋找實體…</translation>
    </message>
    <message>
        <source>Could not find entities: {message}</source>
        <translation>無法尋找實體：{message}</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>實體</translation>
    </message>
    <message>
        <source>Could not save the change.</source>
        <translation>無法儲存變更。</translation>
    </message>
    <message>
        <source>Merged {names}</source>
        <translation>已合併 {names}</translation>
    </message>
    <message>
        <source>Split {name} off its entity</source>
        <translation>已將 {name} 從其實體中分開</translation>
    </message>
    <message>
        <source>Could not undo the change.</source>
        <translation>無法復原變更。</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已復原</translation>
    </message>
</context>
<context>
    <name>entities_panel</name>
    <message>
        <source>Filter entities…</source>
        <translation>篩選實體…</translation>
    </message>
    <message>
        <source>The forms of the chosen entity; split one out if it is not the same thing</source>
        <translation>所選實體的各種寫法；若某個寫法指的不是同一事物，可將其分開</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合併(&amp;M)</translation>
    </message>
    <message>
        <source>Make the selected entities one (select two or more)</source>
        <translation>將選取的實體合併為一個（請選取兩個以上）</translation>
    </message>
    <message>
        <source>&amp;Split Off Form</source>
        <translation>分開寫法(&amp;S)</translation>
    </message>
    <message>
        <source>Take the chosen form out of its entity</source>
        <translation>將所選寫法從其實體中分開</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last merge or split</source>
        <translation>復原上一次的合併或分開</translation>
    </message>
    <message>
        <source>Entities are found when the panel opens.</source>
        <translation>開啟面板時會尋找實體。</translation>
    </message>
    <message>
        <source>{count} entities, {several} with several forms</source>
        <translation>{count} 個實體，其中 {several} 個有多種寫法</translation>
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
        <translation>（年份由文章推斷）</translation>
    </message>
    <message>
        <source>Actors: {actors}</source>
        <translation>人物：{actors}</translation>
    </message>
    <message>
        <source>Reported by {count} articles</source>
        <translation>{count} 篇文章提及</translation>
    </message>
    <message>
        <source>Filter events…</source>
        <translation>篩選事件…</translation>
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
        <translation>迄</translation>
    </message>
    <message>
        <source>This article only</source>
        <translation>僅限本文</translation>
    </message>
</context>
<context>
    <name>find_bar</name>
    <message>
        <source>Find in article…</source>
        <translation>在文章中尋找…</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一個相符項目（Shift+F3）</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一個相符項目（F3）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>關閉（Esc）</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>尋找：</translation>
    </message>
</context>
<context>
    <name>fonts</name>
    <message>
        <source>No Chinese font installed: Chinese shows as boxes. Install one, e.g. `sudo apt install {package}`, and restart Reader.</source>
        <extracomment>Preferred families, first found wins; Qt falls back per glyph after these. The Debian/Ubuntu package the hint names: the complete CJK family (simplified and traditional).</extracomment>
        <translation>未安裝中文字型：中文會顯示為方框。請安裝一種，例如 `sudo apt install {package}`，然後重新啟動 Reader。</translation>
    </message>
    <message>
        <source>No Chinese font installed: showing Chinese with {family}. For proper Chinese glyphs install one, e.g. `sudo apt install {package}`.</source>
        <translation>未安裝中文字型：正以 {family} 顯示中文。若要正確的中文字形，請安裝一種，例如 `sudo apt install {package}`。</translation>
    </message>
</context>
<context>
    <name>help_dialogs</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>About Reader</source>
        <translation>關於 Reader</translation>
    </message>
    <message>
        <source>An offline reader for Chinese (simplified and traditional) and Spanish articles.</source>
        <translation>離線閱讀中文（簡體與繁體）及西班牙文文章的閱讀器。</translation>
    </message>
</context>
<context>
    <name>library_jobs</name>
    <message>
        <source>Loading {folder} …</source>
        <translation>正在載入 {folder} …</translation>
    </message>
    <message>
        <source>The library catalog could not be read ({reason}): it is made again from the files; nothing is lost.</source>
        <translation>無法讀取書庫目錄（{reason}）：將根據檔案重新建立，不會遺失任何內容。</translation>
    </message>
    <message>
        <source>Stopped reading files: {count} articles listed. Reload Library (F5) reads the others.</source>
        <translation>已停止讀取檔案：已列出 {count} 篇文章。重新載入書庫（F5）會讀取其餘檔案。</translation>
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
        <translation>{articles}：{inside} 篇在 {folder} 中，{outside} 篇來自其他資料夾</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>Every file in the library could be read.</source>
        <translation>書庫中的所有檔案都能讀取。</translation>
    </message>
    <message>
        <source>Unreadable files</source>
        <translation>無法讀取的檔案</translation>
    </message>
    <message>
        <source>{count} file(s) were skipped; the rest of the library loaded.</source>
        <translation>略過了 {count} 個檔案；書庫的其餘部分已載入。</translation>
    </message>
    <message>
        <source>Search index rebuilt: {reason}.</source>
        <translation>搜尋索引已重建：{reason}。</translation>
    </message>
    <message>
        <source>Search index updated: {added} added, {updated} changed, {removed} removed.</source>
        <translation>搜尋索引已更新：新增 {added} 篇，變更 {updated} 篇，移除 {removed} 篇。</translation>
    </message>
    <message>
        <source>Add articles</source>
        <translation>加入文章</translation>
    </message>
    <message>
        <source>Add a folder of articles</source>
        <translation>加入文章資料夾</translation>
    </message>
    <message>
        <source>Link a folder of articles</source>
        <translation>連結文章資料夾</translation>
    </message>
    <message>
        <source>Open library folder</source>
        <translation>開啟書庫資料夾</translation>
    </message>
    <message>
        <source>Adding articles…</source>
        <translation>正在加入文章…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隱藏</translation>
    </message>
    <message>
        <source>Adding {name} ({done} of {total})…</source>
        <translation>正在加入 {name}（第 {done} 個，共 {total} 個）…</translation>
    </message>
    <message>
        <source>Adding articles failed.

{message}</source>
        <translation>加入文章失敗。

{message}</translation>
    </message>
    <message>
        <source>Added 1 article</source>
        <translation>已加入 1 篇文章</translation>
    </message>
    <message>
        <source>Added {count} articles</source>
        <translation>已加入 {count} 篇文章</translation>
    </message>
    <message>
        <source>{count} already in the library (kept once)</source>
        <translation>{count} 篇已在書庫中（只保留一份）</translation>
    </message>
    <message>
        <source>1 file could not be read (File → Show Unreadable Files)</source>
        <translation>1 個檔案無法讀取（檔案 → 顯示無法讀取的檔案）</translation>
    </message>
    <message>
        <source>Stop Reading Files</source>
        <translation>停止讀取檔案</translation>
    </message>
    <message>
        <source>{count} files could not be read (File → Show Unreadable Files)</source>
        <translation>{count} 個檔案無法讀取（檔案 → 顯示無法讀取的檔案）</translation>
    </message>
</context>
<context>
    <name>library_model</name>
    <message>
        <source>not read yet</source>
        <translation>尚未讀取</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} 個字元</translation>
    </message>
</context>
<context>
    <name>library_panel</name>
    <message>
        <source>Filter by title…</source>
        <translation>依標題篩選…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>所有語言</translation>
    </message>
    <message>
        <source>Show removed articles</source>
        <translation>顯示已移除的文章</translation>
    </message>
    <message>
        <source>Open in Left Pane</source>
        <translation>在左窗格開啟</translation>
    </message>
    <message>
        <source>Open in Right Pane</source>
        <translation>在右窗格開啟</translation>
    </message>
    <message>
        <source>Edit Title…</source>
        <translation>編輯標題…</translation>
    </message>
    <message>
        <source>Tags and Collections…</source>
        <translation>標籤與合集…</translation>
    </message>
    <message>
        <source>Restore to Library</source>
        <translation>還原到書庫</translation>
    </message>
    <message>
        <source>Remove from Library (Keep the File)</source>
        <translation>從書庫移除（保留檔案）</translation>
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
        <translation>正在載入書庫…</translation>
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <translation>縮放 {percent}%</translation>
    </message>
    <message>
        <source>{task} failed: {message}</source>
        <translation>{task}失敗：{message}</translation>
    </message>
    <message>
        <source>{task} failed.

{message}</source>
        <translation>{task}失敗。

{message}</translation>
    </message>
</context>
<context>
    <name>navigation</name>
    <message>
        <source>No highlights in this article.</source>
        <translation>本文沒有螢光標記。</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>Bookmark added: {label}…</source>
        <translation>已新增書籤：{label}…</translation>
    </message>
    <message>
        <source>Bookmark deleted.</source>
        <translation>書籤已刪除。</translation>
    </message>
    <message>
        <source>No bookmarks in this article (Ctrl+B adds one).</source>
        <translation>本文沒有書籤（按 Ctrl+B 新增）。</translation>
    </message>
</context>
<context>
    <name>note_dialog</name>
    <message>
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, lists, [links](https://…)</source>
        <translation>Markdown：**粗體**、*斜體*、清單、[連結](https://…)</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>標籤，以逗號分隔</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
</context>
<context>
    <name>outline_controller</name>
    <message>
        <source>No further heading</source>
        <translation>後面沒有標題了</translation>
    </message>
    <message>
        <source>No earlier heading</source>
        <translation>前面沒有標題了</translation>
    </message>
</context>
<context>
    <name>outline_panel</name>
    <message>
        <source>No headings in this article.</source>
        <extracomment>Metadata shown in the header (bylines and sources of the text, a web page&apos;s author and site), in this order; the rest (keywords, descriptions, URLs) stays in --blocks --json.</extracomment>
        <translation>本文沒有標題。</translation>
    </message>
    <message>
        <source>Show text kept out of the body</source>
        <translation>顯示內文以外的文字</translation>
    </message>
    <message>
        <source>Show text kept out of the body ({count})</source>
        <translation>顯示內文以外的文字（{count}）</translation>
    </message>
</context>
<context>
    <name>pane_container</name>
    <message>
        <source>No article here.

Open one from the library (select it, then Enter), or drag one onto this pane.</source>
        <extracomment>Reading speed, characters a minute: Chinese ~400 characters, Spanish ~200 words. Han characters (CJK unified ideographs, extension A, compatibility, extensions B…): where there are none, a script conversion changes nothing (issue 18).</extracomment>
        <translation>這裡還沒有文章。

從書庫開啟一篇（選取後按 Enter），或將文章拖曳到此窗格。</translation>
    </message>
    <message>
        <source>Script of this pane (Alt+1…4 for the active pane)</source>
        <translation>本窗格的字形（目前窗格可按 Alt+1…4）</translation>
    </message>
    <message>
        <source>Close this pane</source>
        <translation>關閉此窗格</translation>
    </message>
    <message>
        <source>No Chinese in this article: the script does not apply</source>
        <translation>本文沒有中文：字形設定不適用</translation>
    </message>
    <message>
        <source>{minutes} min left</source>
        <translation>還剩 {minutes} 分鐘</translation>
    </message>
    <message>
        <source>end</source>
        <translation>已讀完</translation>
    </message>
</context>
<context>
    <name>reading_pane</name>
    <message>
        <source>No article.
Open one from the library, or drop one here.</source>
        <translation>沒有文章。
請從書庫開啟一篇，或拖放到這裡。</translation>
    </message>
    <message>
        <source>Garbled in the source file (bytes decoded out of step); Reader could not repair it.</source>
        <extracomment>Highlight colours, chosen to stay readable with dark text in light and dark themes.</extracomment>
        <translation>來源檔案中的亂碼（位元組解碼錯位）；Reader 無法修復。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Highlight with note…</source>
        <translation>標記並加上筆記…</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>編輯筆記…</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全選</translation>
    </message>
    <message>
        <source>Highlight yellow</source>
        <extracomment>The reading pane&apos;s context menu names each colour (``f&quot;Highlight {color}&quot;``).</extracomment>
        <translation>黃色螢光標記</translation>
    </message>
    <message>
        <source>Highlight green</source>
        <translation>綠色螢光標記</translation>
    </message>
    <message>
        <source>Highlight blue</source>
        <translation>藍色螢光標記</translation>
    </message>
    <message>
        <source>Highlight pink</source>
        <translation>粉紅色螢光標記</translation>
    </message>
    <message>
        <source>Highlight purple</source>
        <translation>紫色螢光標記</translation>
    </message>
</context>
<context>
    <name>recent_menu</name>
    <message>
        <source>Recently &amp;Read</source>
        <translation>最近閱讀(&amp;R)</translation>
    </message>
    <message>
        <source>Nothing read yet</source>
        <translation>尚無閱讀紀錄</translation>
    </message>
</context>
<context>
    <name>search_controller</name>
    <message>
        <source>Search failed: {message}</source>
        <translation>搜尋失敗：{message}</translation>
    </message>
    <message>
        <source>no article open</source>
        <translation>沒有開啟的文章</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>第 {current} 個，共 {total} 個</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>沒有相符項目</translation>
    </message>
</context>
<context>
    <name>search_filters</name>
    <message>
        <source>Any language</source>
        <translation>任何語言</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙文</translation>
    </message>
    <message>
        <source>Any script</source>
        <translation>任何字形</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>簡體</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>拉丁字母</translation>
    </message>
    <message>
        <source>Restrict to a language</source>
        <translation>限定語言</translation>
    </message>
    <message>
        <source>Restrict to articles in a script</source>
        <translation>限定文章的字形</translation>
    </message>
    <message>
        <source>Restrict to a folder of the library</source>
        <translation>限定書庫中的資料夾</translation>
    </message>
    <message>
        <source>Order of results</source>
        <translation>結果排序</translation>
    </message>
    <message>
        <source>Tag or collection</source>
        <translation>標籤或合集</translation>
    </message>
    <message>
        <source>Only articles with this tag or collection, or a highlight carrying this tag</source>
        <translation>只顯示帶有此標籤或合集的文章，或有此標籤螢光標記的文章</translation>
    </message>
    <message>
        <source>From (2023 or 2023-05-04)</source>
        <translation>起（2023 或 2023-05-04）</translation>
    </message>
    <message>
        <source>Published on or after</source>
        <translation>在此日期當天或之後發布</translation>
    </message>
    <message>
        <source>To (2024-12)</source>
        <translation>迄（2024-12）</translation>
    </message>
    <message>
        <source>Published on or before</source>
        <translation>在此日期當天或之前發布</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>字形</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Any folder</source>
        <translation>任何資料夾</translation>
    </message>
</context>
<context>
    <name>search_panel</name>
    <message>
        <source>Search the library (Ctrl+Shift+F)…</source>
        <translation>搜尋書庫（Ctrl+Shift+F）…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
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
        <translation>（顯示 {count} 篇）</translation>
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
        <translation>標題已變更。</translation>
    </message>
    <message>
        <source>Tags and collections saved.</source>
        <translation>標籤與合集已儲存。</translation>
    </message>
    <message>
        <source>Removed from the library; the file and its highlights are kept (Show removed articles → Restore).</source>
        <translation>已從書庫移除；檔案與螢光標記都保留著（顯示已移除的文章 → 還原）。</translation>
    </message>
    <message>
        <source>Restored to the library.</source>
        <translation>已還原到書庫。</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>標題：</translation>
    </message>
    <message>
        <source>Tags (#tag, …) | collections (comma separated):</source>
        <translation>標籤（#標籤, …）| 合集（以逗號分隔）：</translation>
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
        <translation>正在開啟 Reader…</translation>
    </message>
    <message>
        <source>Reader is still opening: try this again in a moment.</source>
        <translation>Reader 仍在開啟：請稍後再試。</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Marking shared anchors</source>
        <extracomment>two different articles are shown and their anchors are not known: the entity table is needed (built with progress by whoever connects; alignment waits for it)</extracomment>
        <translation>正在標示共同錨點</translation>
    </message>
    <message>
        <source>Looking up</source>
        <translation>正在查詢</translation>
    </message>
    <message>
        <source>Loading pinyin</source>
        <translation>正在載入拼音</translation>
    </message>
    <message>
        <source>Finding entities</source>
        <translation>正在尋找實體</translation>
    </message>
    <message>
        <source>Finding events</source>
        <translation>正在尋找事件</translation>
    </message>
    <message>
        <source>Loading library</source>
        <translation>正在載入書庫</translation>
    </message>
    <message>
        <source>Re-anchoring highlights</source>
        <translation>正在重新定位螢光標記</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>正在建立索引</translation>
    </message>
    <message>
        <source>Closing library</source>
        <translation>正在關閉書庫</translation>
    </message>
    <message>
        <source>Adding articles</source>
        <translation>正在加入文章</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>the task key of the index update; searching while it runs says results may be partial</extracomment>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Aligning the two articles</source>
        <translation>正在對齊兩篇文章</translation>
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
        <source> characters</source>
        <translation> 個字元</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Latin font</source>
        <translation>西文字型</translation>
    </message>
    <message>
        <source>Chinese font</source>
        <translation>中文字型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>字級</translation>
    </message>
    <message>
        <source>Line height</source>
        <translation>行高</translation>
    </message>
    <message>
        <source>Paragraph spacing</source>
        <translation>段落間距</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>邊界</translation>
    </message>
    <message>
        <source>Line width at most</source>
        <translation>最大行寬</translation>
    </message>
    <message>
        <source>Spanish and other languages</source>
        <translation>西班牙文及其他語言</translation>
    </message>
    <message>
        <source>Justify lines</source>
        <translation>左右對齊</translation>
    </message>
</context>
<context>
    <name>vocabulary_panel</name>
    <message>
        <source>Filter words, readings, definitions…</source>
        <translation>篩選詞語、讀音、釋義…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Export CSV (Anki)…</source>
        <translation>匯出 CSV（Anki）…</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>匯出 Markdown…</translation>
    </message>
</context>
<context>
    <name>workspace</name>
    <message>
        <source>Could not open the article.

{error}</source>
        <extracomment>Articles longer than this (characters) and not in memory are opened on a worker. Script views of articles longer than this are converted on a worker (a 300K-character phrase view takes ~0.4 s, issue 14).</extracomment>
        <translation>無法開啟文章。

{error}</translation>
    </message>
    <message>
        <source>Opening {title}</source>
        <translation>正在開啟 {title}</translation>
    </message>
    <message>
        <source>Converting to {script} …</source>
        <translation>正在轉換為{script} …</translation>
    </message>
    <message>
        <source>Converting the script</source>
        <translation>正在轉換字形</translation>
    </message>
</context>
</TS>
