using System.Globalization;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

// Opens the vendor home RUNS times in a fresh page load each, signed in as a seeded vendor, and reads the portal's own
// performance marks (pages/VendorDashboard.tsx): "first render" is navigation start → the summary painted (API
// calls included); "render" is the data in hand → the summary painted (the portal's own work). Prints each run and
// the medians. Usage: PortalBench URL USERNAME PASSWORD [RUNS=5] [WIDTH=1280]
if (args.Length < 3) { Console.Error.WriteLine("usage: PortalBench URL USERNAME PASSWORD [RUNS=5] [WIDTH=1280]"); return 2; }
var (baseUrl, username, password) = (new Uri(args[0]), args[1], args[2]);
var runs = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5;
var width = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 1280;

var options = new ChromeOptions { BinaryLocation = Environment.GetEnvironmentVariable("VG_CHROMIUM") ?? "/usr/bin/chromium" };
options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-dev-shm-usage", $"--window-size={width},900", "--lang=zh-CN");
var service = ChromeDriverService.CreateDefaultService("/usr/bin", "chromedriver");
service.SuppressInitialDiagnosticInformation = true;
using var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(180));
var wait = new WebDriverWait(driver, TimeSpan.FromSeconds(60));

driver.Navigate().GoToUrl(new Uri(baseUrl, "/login"));
wait.Until(d => d.FindElements(By.Id("username")).Count > 0);
driver.FindElement(By.Id("username")).SendKeys(username);
driver.FindElement(By.Id("password")).SendKeys(password);
driver.FindElement(By.CssSelector("form button[type=submit]")).Click();
wait.Until(d => d.Url.EndsWith("/vendor", StringComparison.Ordinal));

// One warm-up load (the gateway's JIT and the grains' activation are not the portal's render), then the runs.
var firstRender = new List<double>();
var render = new List<double>();
for (var i = 0; i <= runs; i++)
{
    driver.Navigate().GoToUrl(new Uri(baseUrl, "/vendor"));
    wait.Until(d => ((IJavaScriptExecutor)d).ExecuteScript("return performance.getEntriesByName('vg:vendor-home:render').length") is long n && n > 0);
    var js = (IJavaScriptExecutor)driver;
    var painted = Convert.ToDouble(js.ExecuteScript("return performance.getEntriesByName('vg:vendor-home:rendered')[0].startTime"), CultureInfo.InvariantCulture);
    var own = Convert.ToDouble(js.ExecuteScript("return performance.getEntriesByName('vg:vendor-home:render')[0].duration"), CultureInfo.InvariantCulture);
    var rows = Convert.ToInt64(js.ExecuteScript("return document.querySelectorAll('[data-testid=contract-summary] tbody tr').length"));
    var obligations = js.ExecuteScript("return document.querySelector('[data-testid=vendor-obligations-count]').textContent");
    if (i == 0) { Console.WriteLine($"warm-up: first render {painted:F0} ms, render {own:F0} ms ({rows} contracts, {obligations})"); continue; }
    firstRender.Add(painted);
    render.Add(own);
    Console.WriteLine($"run {i}: first render {painted:F0} ms, render {own:F0} ms");
}
static double Median(List<double> xs) { var s = xs.Order().ToList(); return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2; }
Console.WriteLine($"median of {runs}: first render {Median(firstRender):F0} ms (navigation → summary painted), render {Median(render):F0} ms (data → summary painted)");
return 0;
