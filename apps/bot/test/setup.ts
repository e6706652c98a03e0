/** Every test file: the app's messages loaded and given to the answering core, as the entry points do. */
import {getI18n} from '../src/bot/i18n.js'

getI18n()
