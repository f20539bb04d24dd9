package gongkai.ui;

import com.vaadin.cdi.CdiVaadinServlet;
import jakarta.servlet.annotation.WebInitParam;
import jakarta.servlet.annotation.WebServlet;

/** The Vaadin UI at /, beside the REST API at /api (which Jersey serves on its own mapping). */
@WebServlet(urlPatterns = "/*", name = "gongkai-ui", asyncSupported = true,
        initParams = @WebInitParam(name = "i18n.provider", value = "gongkai.ui.i18n.Translations"))
public class GongkaiServlet extends CdiVaadinServlet {
}
