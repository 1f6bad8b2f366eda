import Domain
import Testing

@testable import Server

/// The markup of `source` rendered as an article body.
private func render(_ source: String) -> String { MarkdownDocument(parsing: source).html.markup }

@Suite struct MarkdownHTMLTests {
    @Test func sampleArticle() {
        let source = """
            # Kyoto delegation visits Boston

            The **65th anniversary** of the partnership was marked in *Boston*.
            Read the [full programme](/programmes/12 "Programme") or the [city's page](https://www.boston.gov/).

            ## Highlights

            3. A tea ceremony
            4. Talks on `urban planning`

            - Students
              - from both cities
            - Officials

            > Friendship grows
            > over decades.

            ```text
            Kyoto <-> Boston
            ```

            ---

            ![The delegation](/media/delegation.jpg)\\
            Contact: <press@example.org>
            """
        let expected = [
            "<h2>Kyoto delegation visits Boston</h2>",
            "<p>The <strong>65th anniversary</strong> of the partnership was marked in <em>Boston</em>. Read the ",
            #"<a href="/programmes/12" title="Programme">full programme</a> or the "#,
            #"<a href="https://www.boston.gov/" rel="nofollow">city&#39;s page</a>.</p>"#,
            "<h2>Highlights</h2>",
            #"<ol start="3"><li>A tea ceremony</li><li>Talks on <code>urban planning</code></li></ol>"#,
            "<ul><li>Students<ul><li>from both cities</li></ul></li><li>Officials</li></ul>",
            "<blockquote><p>Friendship grows over decades.</p></blockquote>",
            #"<pre><code class="language-text">Kyoto &lt;-&gt; Boston</code></pre>"#,
            "<hr>",
            #"<p><a href="/media/delegation.jpg">The delegation</a><br>"#,
            #"Contact: <a href="mailto:press@example.org">press@example.org</a></p>"#,
        ].joined()
        #expect(render(source) == expected)
    }

    @Test func rawHTMLIsEscaped() {
        #expect(render("<script>alert(1)</script>") == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")
        #expect(
            render("Hi <img src=x onerror=alert(1)> & `<b>`")
                == "<p>Hi &lt;img src=x onerror=alert(1)&gt; &amp; <code>&lt;b&gt;</code></p>")
        #expect(
            render("```\n</code></pre><script>\n```")
                == "<pre><code>&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;</code></pre>")
    }

    @Test(arguments: [
        "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](< javascript:alert(1)>)",
        "[x](<java\tscript:alert(1)>)", "[x](data:text/html;base64,PHNjcmlwdD4=)", "[x](vbscript:msgbox(1))",
        "![x](javascript:alert(1))",
    ])
    func unsafeLinksRenderWithoutHref(source: String) {
        #expect(render(source) == "<p>x</p>")
    }

    @Test func attributeValuesAreEscaped() {
        #expect(
            render(#"[x](/a "say \"hi\" & 'bye'")"#)
                == #"<p><a href="/a" title="say &quot;hi&quot; &amp; &#39;bye&#39;">x</a></p>"#)
        #expect(
            render(#"[x](/a"onmouseover="alert(1))"#)
                == #"<p><a href="/a&quot;onmouseover=&quot;alert(1)">x</a></p>"#)
        #expect(
            render("```x\"onclick=\"alert(1)\n```")
                == #"<pre><code class="language-x&quot;onclick=&quot;alert(1)"></code></pre>"#)
    }

    @Test func headingsStartBelowThePagesTitle() {
        #expect(
            render("# One\n## Two\n### Three\n#### Four\n##### Five\n###### Six")
                == "<h2>One</h2><h2>Two</h2><h3>Three</h3><h4>Four</h4><h5>Five</h5><h6>Six</h6>")
    }

    @Test func onlyLinksToOtherSitesAreNofollow() {
        #expect(render("[a](HTTPS://example.org)") == #"<p><a href="HTTPS://example.org" rel="nofollow">a</a></p>"#)
        #expect(render("[a](//example.org)") == #"<p><a href="//example.org" rel="nofollow">a</a></p>"#)
        #expect(
            render("<http://example.org>")
                == #"<p><a href="http://example.org" rel="nofollow">http://example.org</a></p>"#)
        #expect(render("[a](/local)") == #"<p><a href="/local">a</a></p>"#)
        #expect(render("[a](mailto:a@example.org)") == #"<p><a href="mailto:a@example.org">a</a></p>"#)
    }

    @Test func listsWithSeveralParagraphsKeepThem() {
        #expect(
            render("1. one\n\n   more\n2. two")
                == "<ol><li><p>one</p><p>more</p></li><li><p>two</p></li></ol>")
        #expect(render("- > quoted") == "<ul><li><blockquote><p>quoted</p></blockquote></li></ul>")
    }

    @Test func emptyDocumentRendersNothing() {
        #expect(render("") == "")
        #expect(render("\n\n  \n") == "")
    }
}
