package io.linli.web.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import io.linli.identity.AccountKind;
import io.linli.identity.SignInService;
import jakarta.inject.Inject;

/** 员工登录: staff sign in with their company code, username and password. */
@Route("login")
@RouteAlias("")
public class StaffSignInView extends SignInView {
  @Inject
  public StaffSignInView(SignInService signIn) {
    super(signIn, AccountKind.STAFF, "signin.staff.title", "signin.username");
  }
}
