package gongkai.ui;

import com.vaadin.cdi.CdiVaadinServlet;
import jakarta.servlet.annotation.WebServlet;

/** The Vaadin UI at /, beside the REST API at /api (which Jersey serves on its own mapping). */
@WebServlet(urlPatterns = "/*", name = "gongkai-ui", asyncSupported = true)
public class GongkaiServlet extends CdiVaadinServlet {
}
