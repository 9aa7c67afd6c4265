package org.ridercoop.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;

/** The language of the page being rendered ({@code #{language}}): the locale of the view and the switch link. */
@Named("language")
@RequestScoped
public class CurrentLanguage {

    @Inject
    HttpServletRequest request;

    private Language language;

    public Language getCurrent() {
        if (language == null) {
            language = Language.of(request);
        }
        return language;
    }

    public String getTag() {
        return getCurrent().tag();
    }

    public Locale getLocale() {
        return getCurrent().locale();
    }

    public Language getOther() {
        return getCurrent().other();
    }

    public String getOtherTag() {
        return getOther().tag();
    }

    public String getOtherLabel() {
        return getOther().label();
    }

    /** This page in the other language (on an error page: the address that failed). */
    public String getSwitchUrl() {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
            return LanguageSwitch.link(failed, null, getOther());
        }
        return LanguageSwitch.link(request.getRequestURI(), "POST".equals(request.getMethod()) ? viewQuery()
                : request.getQueryString(), getOther());
    }

    /**
     * After a form was sent, the address has lost its query (a postback goes to the bare view): the view's own
     * parameters ({@code coop}, {@code id}, …) give it back, so that switching does not land on "not found".
     */
    private static String viewQuery() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || faces.getViewRoot() == null) {
            return null;
        }
        String url = faces.getApplication().getViewHandler().getBookmarkableURL(faces, faces.getViewRoot().getViewId(),
                Map.of(), true);
        int query = url.indexOf('?');
        return query < 0 ? null : url.substring(query + 1);
    }
}
