package io.linli.web.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;

/**
 * The application shell: server push on (websocket down, requests up over XHR, so each request still passes the
 * sign-in filter that binds the tenant). The portal's ticket page and the console's update live with it.
 */
@Push
public class LinliShell implements AppShellConfigurator {}
