package io.linli.web.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteNotFoundError;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page for a path that is not there — or not for this company, such as a plugin it has not enabled: a short
 * message in the session's language, and the way home, with status 404.
 */
@ParentLayout(SignedInLayout.class)
public class NotFoundView extends RouteNotFoundError {

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
    getElement().removeAllChildren();
    setId("not-found");
    String home = Session.user().map(u -> Routes.home(u.kind())).orElse("");
    getElement().appendChild(new H2(getTranslation("notfound.title")).getElement(),
        new Paragraph(getTranslation("notfound.text")).getElement(),
        new Anchor(home, getTranslation("notfound.home")).getElement());
    return HttpServletResponse.SC_NOT_FOUND;
  }
}
