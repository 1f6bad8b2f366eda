// Shorthands for the elements the pages use, so views read like the HTML they produce.

func div(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML { element("div", attributes, content) }
func section(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML {
    element("section", attributes, content)
}
func span(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML { element("span", attributes, content) }
func p(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML { element("p", attributes, content) }
func h1(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML { element("h1", attributes, content) }
func h2(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML { element("h2", attributes, content) }
func h3(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML { element("h3", attributes, content) }
func a(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML { element("a", attributes, content) }
func ul(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML { element("ul", attributes, content) }
func ol(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML { element("ol", attributes, content) }
func li(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML { element("li", attributes, content) }
func dl(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML { element("dl", attributes, content) }
func dt(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML { element("dt", attributes, content) }
func dd(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML { element("dd", attributes, content) }
func nav(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML { element("nav", attributes, content) }
func strong(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML {
    element("strong", attributes, content)
}
func time(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML { element("time", attributes, content) }

func form(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML { element("form", attributes, content) }
func label(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML {
    element("label", attributes, content)
}
func button(_ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML {
    element("button", attributes, content)
}
func input(_ attributes: Attribute...) -> HTML { element("input", attributes) }

/// The hidden field that carries a session's (or the sign-in form's) CSRF token.
func csrfField(_ token: String) -> HTML {
    input(.attr("type", "hidden"), .attr("name", "csrf_token"), .attr("value", token))
}
