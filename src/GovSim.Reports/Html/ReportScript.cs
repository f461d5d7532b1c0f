namespace GovSim.Reports.Html;

/// <summary>
/// The page's only script: once the page has loaded it counts the figures that decoded and
/// writes "loaded/expected" to <c>data-figures-loaded</c> on the body, so that a browser test
/// (or a reader with the developer tools) can see at a glance that every embedded image is intact.
/// It reads nothing from outside the page and changes nothing a reader sees.
/// </summary>
internal static class ReportScript
{
    public const string Js = """
        window.addEventListener('load', function () {
          var figures = document.querySelectorAll('img[data-figure]');
          var loaded = 0;
          figures.forEach(function (img) { if (img.complete && img.naturalWidth > 0) loaded++; });
          document.body.setAttribute('data-figures-loaded', loaded + '/' + figures.length);
        });
        """;
}
