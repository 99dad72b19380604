#!/bin/sh
# Draws contractmanagement-schema.png, the "van -> naar" schema seed 003 refers to ("schematisch weergegeven in het
# schema hieronder"; the seed's picture itself is not in the seeds). Needs ImageMagick and the DejaVu fonts.
set -e
F=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
FB=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
cd "$(dirname "$0")"
convert -size 1200x600 xc:white \
 -font $FB -pointsize 30 -fill '#1F3864' -annotate +40+50 'Professionalisering contractmanagement Wmo 2023' \
 -font $FB -pointsize 24 -fill '#404040' -annotate +240+108 'Van' -annotate +900+108 'Naar' \
 -stroke '#1F3864' -strokewidth 2 -fill '#DCE6F2' \
 -draw 'roundrectangle 40,125 500,245 14,14' -draw 'roundrectangle 700,125 1160,245 14,14' \
 -draw 'roundrectangle 40,275 500,395 14,14' -draw 'roundrectangle 700,275 1160,395 14,14' \
 -draw 'roundrectangle 40,425 500,545 14,14' -draw 'roundrectangle 700,425 1160,545 14,14' \
 -fill '#1F3864' -draw 'line 520,185 670,185' -draw 'polygon 670,172 694,185 670,198' \
 -draw 'line 520,335 670,335' -draw 'polygon 670,322 694,335 670,348' \
 -draw 'line 520,485 670,485' -draw 'polygon 670,472 694,485 670,498' \
 -stroke none -fill '#1F1F1F' -font $F -pointsize 22 \
 -annotate +60+177 'Veel contractpartners,' -annotate +60+207 'elk apart gesproken' \
 -annotate +720+177 'Enkele hoofdaannemers' -annotate +720+207 'met onderaannemers' \
 -annotate +60+327 'Eén contractmanager als' -annotate +60+357 'tussenpersoon' \
 -annotate +720+327 'Vast multidisciplinair' -annotate +720+357 'contractregieteam van experts' \
 -annotate +60+477 'Aanbieders elk op' -annotate +60+507 'hun eigen manier georganiseerd' \
 -annotate +720+477 'Hoofdaannemers georganiseerd' -annotate +720+507 'zoals de samenwerkende gemeenten' \
 +dither -colors 16 -strip PNG8:contractmanagement-schema.png
