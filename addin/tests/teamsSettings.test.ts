import { describe, expect, it } from "vitest";
import { readSettingsAddress, settingsState } from "../src/teams/settings";

describe("the compose-box search's settings page", () => {
  it("lists the gemeenten the bot put in its address and preselects the current one", () => {
    const choice = readSettingsAddress("?gemeenten=Heerlen%3BKerkrade%3BValkenburg+aan+de+Geul&gemeente=Kerkrade");
    expect(choice).toEqual({ municipalities: ["Heerlen", "Kerkrade", "Valkenburg aan de Geul"], current: "Kerkrade" });
  });

  it("preselects nothing when the current gemeente is not one of the list", () => {
    expect(readSettingsAddress("?gemeenten=Heerlen&gemeente=Elders").current).toBe("");
  });

  it("bounds what it reads: empty and overlong names are dropped", () => {
    const long = "x".repeat(101);
    expect(readSettingsAddress(`?gemeenten=Heerlen;;${long};Stein`).municipalities).toEqual(["Heerlen", "Stein"]);
    expect(readSettingsAddress("").municipalities).toEqual([]);
  });

  it("hands Teams the choice as the JSON state the bot reads", () => {
    expect(JSON.parse(settingsState("Heerlen"))).toEqual({ gemeente: "Heerlen" });
    expect(JSON.parse(settingsState(""))).toEqual({ gemeente: "" });
  });
});
