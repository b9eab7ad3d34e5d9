"""The home page: paste text or HTML, upload a file or give a URL; POST → the article page."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException

from newsloupe.errors import BadInput, NewsloupeError
from newsloupe.web import queries
from newsloupe.web.analysis import Submission
from newsloupe.web.deps import LoupeDep
from newsloupe.web.i18n import Translator
from newsloupe.web.messages import ui_message
from newsloupe.web.security import TooLarge, check_write

router = APIRouter(include_in_schema=False)
FIELDS = ("text", "url", "language", "outlet")


@router.get("/", response_class=HTMLResponse)
def home(request: Request, loupe: LoupeDep) -> HTMLResponse:
    """The analyse form and the latest articles."""
    recent, _total = queries.list_articles(loupe.reader(), limit=8)
    return loupe.page(request, "analyse.html", {"form": {}, "recent": recent}, json_url="/api/articles?per_page=8")


@router.post("/analyse")
async def analyse(request: Request, loupe: LoupeDep) -> Response:
    """Analyse the submitted article and redirect to its page (the form again on error)."""
    cap = loupe.settings.max_upload_bytes
    form_values: dict[str, str] = {}
    try:
        form = await request.form(max_files=1, max_fields=20, max_part_size=cap)
        form_values = {k: str(form.get(k) or "") for k in FIELDS}
        token = form.get("token")
        check_write(request, loupe.settings, str(token) if isinstance(token, str) else None)
        sub = Submission(lang=form_values["language"] or None, outlet=form_values["outlet"] or None)
        upload = form.get("file")
        given = []
        if isinstance(upload, UploadFile) and upload.filename:
            data = await upload.read(cap + 1)
            if len(data) > cap:
                raise TooLarge(f"the file is over the {cap:,}-byte limit")
            if not data.strip():
                # an empty file names itself (it was told as "the text is empty", as if no file were chosen)
                name = upload.filename
                raise BadInput(f"the file {name!r} is empty", input=name, key="empty_file", params={"filename": name})
            sub.data, sub.filename = data, upload.filename
            given.append("file")
        if form_values["url"].strip():
            sub.url = form_values["url"].strip()
            given.append("url")
        if form_values["text"].strip():
            # Browsers submit every textarea line break as CRLF, whatever was pasted: store LF,
            # so the same article pasted here and posted to the API is one article.
            sub.text = form_values["text"].replace("\r\n", "\n")
            given.append("text")
        if len(given) > 1:
            raise BadInput(
                "give one input: pasted text, a file or a URL, not " + " and ".join(given), key="several_inputs"
            )
        if not given:
            raise BadInput("paste an article, choose a file or give a URL", code="NL-E001", key="empty")
        done = await loupe.analyze(sub)
    except NewsloupeError as err:
        if err.status in (401, 403):
            raise
        message = ui_message(err, Translator(loupe.lang_of(request)))
        return loupe.page(
            request,
            "analyse.html",
            {"form": form_values, "error": err, "error_message": message, "recent": []},
            status=err.status,
        )
    except HTTPException as err:  # a malformed form (too many fields, a part over the cap)
        bad = BadInput(str(err.detail))
        return loupe.page(request, "analyse.html", {"form": form_values, "error": bad, "recent": []}, status=400)
    return RedirectResponse(f"/articles/{done['id']}", status_code=303)
