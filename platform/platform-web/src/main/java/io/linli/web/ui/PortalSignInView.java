package io.linli.web.ui;

import com.vaadin.flow.router.Route;
import io.linli.identity.AccountKind;
import io.linli.identity.SignInService;
import jakarta.inject.Inject;

/** 业主登录: residents sign in with their company code, mobile number and password. */
@Route("portal/login")
public class PortalSignInView extends SignInView {
  @Inject
  public PortalSignInView(SignInService signIn) {
    super(signIn, AccountKind.RESIDENT, "signin.portal.title", "signin.phone");
  }
}
